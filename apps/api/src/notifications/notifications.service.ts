import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { MailKind, MailLanguage } from '@summitdesk/contracts';
import { In, type EntityManager } from 'typeorm';
import { isDatabaseUnavailable } from '../common/error.filter.js';
import { oneClickUnsubscribeUrl, unsubscribePageUrl } from '../common/unsubscribe-link.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { QueueService } from '../queue/queue.service.js';
import { UserEntity } from '../users/user.entity.js';
import { createMailer, type Mail } from './mailer.js';
import { renderMail, type MailParams } from './mail-templates.js';
import { MailPreferencesService } from './mail-preferences.service.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { OutboxRepository, type OutboxRow } from './outbox.repository.js';
import { InAppNotificationsService, type NotificationLink } from './in-app-notifications.service.js';

// One mail: its kind and the template's parameters; it is written in the recipient's language (a
// member's own, or the language given for an address without an account).
export type OutgoingMessage = {
  [K in MailKind]: {
    toUserId?: number;
    toEmail?: string;
    kind: K;
    params: MailParams<K>;
    // For an address without an account (a subscriber, an invited speaker): the language to write in.
    language?: MailLanguage;
    dedupeKey?: string;
    // The record the message is about: the in-app notification opens it.
    link?: NotificationLink;
  };
}[MailKind];

const MAIL_QUEUE = 'mail';
const MAX_ATTEMPTS = 6;
// Longer than a stale claim (see outbox.repository.ts), so a killed worker's job is retried after it.
const MAIL_JOB_EXPIRY_SECONDS = 120;

@Injectable()
export class NotificationsService implements OnModuleInit {
  private readonly send: (mail: Mail) => Promise<void>;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly jobs: QueueService,
    private readonly inApp: InAppNotificationsService,
    private readonly preferences: MailPreferencesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.send = createMailer(config.SMTP_URL);
  }

  // Mail counts for the metrics: how many are waiting, sent and given up on, and how many retries.
  mailCounts() {
    return this.outbox.counts();
  }

  onModuleInit() {
    this.jobs.registerWorker<{ outboxId: string }>(MAIL_QUEUE, (job) => this.deliver(job.outboxId), MAX_ATTEMPTS);
  }

  // Writes the message in the caller's transaction and enqueues its delivery there too: a change
  // that rolls back sends nothing, one that commits sends exactly one mail. A repeated dedupeKey
  // (a reminder already sent) is skipped.
  async queue(manager: EntityManager, message: OutgoingMessage): Promise<void> {
    let toEmail = message.toEmail;
    let language: MailLanguage = message.language ?? 'en';
    let wanted = true;
    if (message.toUserId) {
      const user = await manager.findOne(UserEntity, {
        where: { id: message.toUserId },
        select: { id: true, email: true, language: true },
      });
      toEmail ??= user?.email;
      if (user) language = user.language;
      wanted = await this.preferences.wants(manager, message.toUserId, message.kind);
    }
    if (!toEmail) return;
    const page = unsubscribePageUrl(this.config.publicUrl, this.config.jwtSecret, toEmail);
    const mail = renderMail(message.kind, language, message.params as never, { publicUrl: this.config.publicUrl, unsubscribeUrl: page });
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessageEntity)
      .values({
        toUserId: message.toUserId ?? null,
        toEmail,
        kind: message.kind,
        language,
        subject: mail.subject,
        // Every mail says at its foot how to stop it: the recipient's own signed page link.
        body: mail.text,
        html: mail.html,
        dedupeKey: message.dedupeKey ?? null,
        // A mail the member turned off is kept as skipped, so organizers see it was not sent and why.
        ...(wanted ? {} : { status: 'skipped' as const, lastError: "turned off in the recipient's mail preferences" }),
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = inserted.raw[0]?.id as string | undefined;
    if (!id) return;
    // A member's own mail also shows under the bell, in the same transaction, whether or not it is mailed.
    if (message.toUserId) await this.inApp.add(manager, message.toUserId, mail.subject, message.link);
    if (!wanted) return;
    await this.jobs.sendInTransaction(manager, MAIL_QUEUE, { outboxId: String(id) }, { expireInSeconds: MAIL_JOB_EXPIRY_SECONDS });
  }

  // Many messages in the same few statements whatever their number (an assignment run writes to every
  // reviewer): the recipients, their preferences, the outbox rows, the bell entries and the jobs are
  // each read or written at once. Each message ends as queue() would leave it.
  async queueMany(manager: EntityManager, messages: OutgoingMessage[]): Promise<void> {
    if (messages.length <= 1) {
      for (const message of messages) await this.queue(manager, message);
      return;
    }
    const userIds = [...new Set(messages.flatMap((message) => (message.toUserId ? [message.toUserId] : [])))];
    const users = new Map(
      (userIds.length === 0
        ? []
        : await manager.find(UserEntity, { where: { id: In(userIds) }, select: { id: true, email: true, language: true } })
      ).map((user) => [user.id, user]),
    );
    const wants = await this.preferences.wantsMany(
      manager,
      userIds,
      messages.map((message) => message.kind),
    );
    const rows: Array<OutboxRow & { message: OutgoingMessage; subject: string; wanted: boolean }> = [];
    for (const message of messages) {
      const user = message.toUserId ? users.get(message.toUserId) : undefined;
      const toEmail = message.toEmail ?? user?.email;
      if (!toEmail) continue;
      const language: MailLanguage = user ? user.language : (message.language ?? 'en');
      const wanted = message.toUserId ? wants(message.toUserId, message.kind) : true;
      const page = unsubscribePageUrl(this.config.publicUrl, this.config.jwtSecret, toEmail);
      const mail = renderMail(message.kind, language, message.params as never, { publicUrl: this.config.publicUrl, unsubscribeUrl: page });
      rows.push({
        message,
        subject: mail.subject,
        wanted,
        toUserId: message.toUserId ?? null,
        toEmail,
        kind: message.kind,
        language,
        body: mail.text,
        html: mail.html,
        dedupeKey: message.dedupeKey ?? null,
        ...(wanted ? {} : { status: 'skipped' as const, lastError: "turned off in the recipient's mail preferences" }),
      });
    }
    const ids = await this.outbox.insertMany(manager, rows);
    const written = rows.map((row, index) => ({ ...row, id: ids[index] })).filter((row) => row.id !== undefined);
    await this.inApp.addMany(
      manager,
      written.flatMap((row) => (row.toUserId ? [{ userId: row.toUserId, title: row.subject, link: row.message.link }] : [])),
    );
    await this.jobs.sendManyInTransaction(
      manager,
      MAIL_QUEUE,
      written.filter((row) => row.wanted).map((row) => ({ outboxId: String(row.id) })),
      { expireInSeconds: MAIL_JOB_EXPIRY_SECONDS },
    );
  }

  // Sends a mail again: the caller has moved it back to pending in its transaction.
  async enqueue(manager: EntityManager, outboxId: string): Promise<void> {
    await this.jobs.sendInTransaction(manager, MAIL_QUEUE, { outboxId }, { expireInSeconds: MAIL_JOB_EXPIRY_SECONDS });
  }

  // Whether a mail with this dedupe key was ever queued (for jobs that send a reminder once).
  wasQueued(manager: EntityManager, dedupeKey: string): Promise<boolean> {
    return this.outbox.wasQueued(manager, dedupeKey);
  }

  // Claim → send → mark sent. The claim makes a second delivery of the same job a no-op. Each step
  // on the database waits out a restart of it: a mail that went out but was not marked sent would
  // be sent again once its claim goes stale.
  async deliver(outboxId: string): Promise<void> {
    const message = await whileDatabaseRestarts(() => this.outbox.claim(outboxId));
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
    } catch (error) {
      const finalAttempt = message.attempts >= MAX_ATTEMPTS;
      const reason = String(error instanceof Error ? error.message : error).slice(0, 1000);
      await whileDatabaseRestarts(() => this.outbox.markFailed(outboxId, finalAttempt, reason));
      throw error;
    }
    await whileDatabaseRestarts(() => this.outbox.markSent(outboxId));
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
