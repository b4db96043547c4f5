import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { QueueService } from '../queue/queue.service.js';
import { UserEntity } from '../users/user.entity.js';
import { createMailer, type Mail } from './mailer.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';

export type OutgoingMessage = { toUserId?: number; toEmail?: string; subject: string; text: string; dedupeKey?: string };

const MAIL_QUEUE = 'mail';
const MAX_ATTEMPTS = 6;
// A worker that died mid-send leaves its claim; after this long another worker may take it over.
const STALE_CLAIM = "interval '10 minutes'";

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

  // Mail counts for the metrics: how many are waiting, sent and given up on, and how many retries.
  async mailCounts(): Promise<{ status: string; messages: number; retries: number }[]> {
    const rows: { status: string; messages: number; retries: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS messages, coalesce(sum(greatest(attempts - 1, 0)), 0)::int AS retries
       FROM outbox_message GROUP BY status`,
    );
    return rows;
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
    await this.jobs.sendInTransaction(manager, MAIL_QUEUE, { outboxId: String(id) });
  }

  // Claim → send → mark sent. The claim makes a second delivery of the same job a no-op.
  async deliver(outboxId: string): Promise<void> {
    const claimed: Array<{ id: string; to_email: string; subject: string; body: string; attempts: number }> = (
      await this.dataSource.query(
        `UPDATE outbox_message SET status = 'sending', attempts = attempts + 1, claimed_at = now()
         WHERE id = $1 AND (status = 'pending' OR (status = 'sending' AND claimed_at < now() - ${STALE_CLAIM}))
         RETURNING id, to_email, subject, body, attempts`,
        [outboxId],
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
      await this.dataSource.query(`UPDATE outbox_message SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1`, [
        outboxId,
      ]);
    } catch (error) {
      const finalAttempt = message.attempts >= MAX_ATTEMPTS;
      await this.dataSource.query(`UPDATE outbox_message SET status = $2, last_error = $3 WHERE id = $1`, [
        outboxId,
        finalAttempt ? 'failed' : 'pending',
        String(error instanceof Error ? error.message : error).slice(0, 1000),
      ]);
      throw error;
    }
  }
}
