import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { oneClickUnsubscribeUrl, unsubscribePageUrl } from '../common/unsubscribe-link.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { QueueService } from '../queue/queue.service.js';
import { UserEntity } from '../users/user.entity.js';
import { createMailer, type Mail } from './mailer.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';

export type OutgoingMessage = {
  toUserId?: number;
  toEmail?: string;
  subject: string;
  text: string;
  // An HTML alternative (the digest); every mail has the plain text.
  html?: string;
  dedupeKey?: string;
};

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
    const page = unsubscribePageUrl(this.config.publicUrl, this.config.jwtSecret, toEmail);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessageEntity)
      .values({
        toUserId: message.toUserId ?? null,
        toEmail,
        subject: message.subject,
        // Every mail says at its foot how to stop it: the recipient's own signed page link.
        body: `${message.text}\n\n--\nUnsubscribe: ${page}\n`,
        html: message.html ? message.html.replaceAll('{{unsubscribeUrl}}', escapeAttribute(page)) : null,
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
    const claimed: Array<{ id: string; to_email: string; subject: string; body: string; html: string | null; attempts: number }> = (
      await this.dataSource.query(
        `UPDATE outbox_message SET status = 'sending', attempts = attempts + 1, claimed_at = now()
         WHERE id = $1 AND (status = 'pending' OR (status = 'sending' AND claimed_at < now() - ${STALE_CLAIM}))
         RETURNING id, to_email, subject, body, html, attempts`,
        [outboxId],
      )
    )[0];
    const message = claimed?.[0];
    if (!message) return;
    // Every mail can be stopped with one click (RFC 8058).
    const oneClick = oneClickUnsubscribeUrl(this.config.publicUrl, this.config.jwtSecret, message.to_email);
    try {
      await this.send({
        from: this.config.MAIL_FROM,
        to: message.to_email,
        subject: message.subject,
        text: message.body,
        ...(message.html ? { html: message.html } : {}),
        messageId: `<outbox-${message.id}@summitdesk>`,
        headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
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

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
