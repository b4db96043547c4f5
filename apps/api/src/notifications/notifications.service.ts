import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { QueueService } from '../queue/queue.service.js';
import { UserEntity } from '../users/user.entity.js';
import { createMailer, type Mail } from './mailer.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { OutboxRepository } from './outbox.repository.js';
import { InAppNotificationsService, type NotificationLink } from './in-app-notifications.service.js';

export type OutgoingMessage = {
  toUserId?: number;
  toEmail?: string;
  subject: string;
  text: string;
  dedupeKey?: string;
  // The record the message is about: the in-app notification opens it.
  link?: NotificationLink;
};

const MAIL_QUEUE = 'mail';
const MAX_ATTEMPTS = 6;

@Injectable()
export class NotificationsService implements OnModuleInit {
  private readonly send: (mail: Mail) => Promise<void>;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly jobs: QueueService,
    private readonly inApp: InAppNotificationsService,
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
    // A member's own mail also shows under the bell, in the same transaction.
    if (message.toUserId) await this.inApp.add(manager, message.toUserId, message.subject, message.link);
    await this.jobs.sendInTransaction(manager, MAIL_QUEUE, { outboxId: String(id) });
  }

  // Whether a mail with this dedupe key was ever queued (for jobs that send a reminder once).
  wasQueued(manager: EntityManager, dedupeKey: string): Promise<boolean> {
    return this.outbox.wasQueued(manager, dedupeKey);
  }

  // Claim → send → mark sent. The claim makes a second delivery of the same job a no-op.
  async deliver(outboxId: string): Promise<void> {
    const message = await this.outbox.claim(outboxId);
    if (!message) return;
    try {
      await this.send({
        from: this.config.MAIL_FROM,
        to: message.to_email,
        subject: message.subject,
        text: message.body,
        messageId: `<outbox-${message.id}@summitdesk>`,
      });
      await this.outbox.markSent(outboxId);
    } catch (error) {
      const finalAttempt = message.attempts >= MAX_ATTEMPTS;
      await this.outbox.markFailed(outboxId, finalAttempt, String(error instanceof Error ? error.message : error).slice(0, 1000));
      throw error;
    }
  }
}
