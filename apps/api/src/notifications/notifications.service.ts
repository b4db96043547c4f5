import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isDatabaseUnavailable } from '../common/error.filter.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { QueueService } from '../queue/queue.service.js';
import { UserEntity } from '../users/user.entity.js';
import { createMailer, type Mail } from './mailer.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';

export type OutgoingMessage = { toUserId?: number; toEmail?: string; subject: string; text: string; dedupeKey?: string };

const MAIL_QUEUE = 'mail';
const MAX_ATTEMPTS = 6;
// A worker that died mid-send (a replica killed) leaves its claim, and its job stays active until
// pg-boss expires it (MAIL_JOB_EXPIRY_SECONDS, checked by the queue's maintenance); the retry then takes
// the claim over. A live send ends well before the claim goes stale: the mailer's timeouts bound it.
const STALE_CLAIM = "interval '100 seconds'";
const MAIL_JOB_EXPIRY_SECONDS = 120;

@Injectable()
export class NotificationsService implements OnModuleInit {
  private readonly send: (mail: Mail) => Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: QueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.send = createMailer(config.SMTP_URL);
  }

  onModuleInit() {
    this.jobs.registerWorker<{ outboxId: string }>(MAIL_QUEUE, (job) => this.deliver(job.outboxId), MAX_ATTEMPTS);
  }

  // Writes the message in the caller's transaction and enqueues its delivery there too: a change
  // that rolls back sends nothing, one that commits sends exactly one mail. A repeated dedupeKey
  // (a reminder already sent) is skipped.
  async queue(manager: EntityManager, message: OutgoingMessage): Promise<void> {
    let toEmail = message.toEmail;
    if (!toEmail && message.toUserId) {
      toEmail = (await manager.findOne(UserEntity, { where: { id: message.toUserId }, select: { id: true, email: true } }))?.email;
    }
    if (!toEmail) return;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessageEntity)
      .values({
        toUserId: message.toUserId ?? null,
        toEmail,
        subject: message.subject,
        body: message.text,
        dedupeKey: message.dedupeKey ?? null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = inserted.raw[0]?.id as string | undefined;
    if (!id) return;
    await this.jobs.sendInTransaction(manager, MAIL_QUEUE, { outboxId: String(id) }, { expireInSeconds: MAIL_JOB_EXPIRY_SECONDS });
  }

  // Claim → send → mark sent. The claim makes a second delivery of the same job a no-op. Each step
  // on the database waits out a restart of it: a mail that went out but was not marked sent would
  // be sent again once its claim goes stale.
  async deliver(outboxId: string): Promise<void> {
    const claimed: Array<{ id: string; to_email: string; subject: string; body: string; attempts: number }> = (
      await whileDatabaseRestarts(() =>
        this.dataSource.query(
          `UPDATE outbox_message SET status = 'sending', attempts = attempts + 1, claimed_at = now()
         WHERE id = $1 AND (status = 'pending' OR (status = 'sending' AND claimed_at < now() - ${STALE_CLAIM}))
         RETURNING id, to_email, subject, body, attempts`,
          [outboxId],
        ),
      )
    )[0];
    const message = claimed?.[0];
    if (!message) return;
    try {
      await this.send({
        from: this.config.MAIL_FROM,
        to: message.to_email,
        subject: message.subject,
        text: message.body,
        messageId: `<outbox-${message.id}@summitdesk>`,
      });
    } catch (error) {
      const finalAttempt = message.attempts >= MAX_ATTEMPTS;
      await whileDatabaseRestarts(() =>
        this.dataSource.query(`UPDATE outbox_message SET status = $2, last_error = $3 WHERE id = $1`, [
          outboxId,
          finalAttempt ? 'failed' : 'pending',
          String(error instanceof Error ? error.message : error).slice(0, 1000),
        ]),
      );
      throw error;
    }
    await whileDatabaseRestarts(() =>
      this.dataSource.query(`UPDATE outbox_message SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1`, [outboxId]),
    );
  }
}

// Retries a statement while the database is out of reach (a restart takes seconds), up to a minute.
async function whileDatabaseRestarts<T>(statement: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await statement();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() - started > 60_000) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** attempt, 2000)));
    }
  }
}
