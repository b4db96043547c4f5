import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  digestIssue,
  digestMachine,
  isoWeekRange,
  IsoWeekSchema,
  NewsErrorCodes,
  nextIsoWeek,
  type Digest,
  type DigestAction,
  type DigestStatus,
  type PublicDigest,
  type Role,
  type UpdateDigest,
} from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AnnouncementsService } from '../announcements/announcements.service.js';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage } from '../common/list-query.js';
import { lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { Transactions } from '../common/transactions.js';
import { TransitionRunner, type Workflow } from '../common/transition-runner.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { QueueService } from '../queue/queue.service.js';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import { composeDigest } from './digest-content.js';
import { digestListSpec } from './digest-list.spec-config.js';
import { digestMailHtml, digestSubject, renderDigest } from './digest-render.js';
import { DigestSections } from './digest-sections.js';
import { DigestDeliveryEntity, DigestEntity } from './digest.entity.js';
import { DigestsRepository } from './digests.repository.js';

const digestWorkflow: Workflow<DigestEntity, DigestStatus, DigestAction, Role> = {
  entity: DigestEntity,
  label: 'Digest',
  auditEntity: 'digest',
  machine: digestMachine,
  illegalMessage: () => 'This digest has been sent already; it goes to each subscriber once',
};

const labelOf = (row: Pick<DigestEntity, 'volume' | 'number'>) => `Vol ${row.volume} No ${row.number}`;

@Injectable()
export class DigestsService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: DigestsRepository,
    private readonly audit: AuditService,
    private readonly transitions: TransitionRunner,
    private readonly notifications: NotificationsService,
    private readonly announcements: AnnouncementsService,
    private readonly subscriptions: SubscriptionsService,
    private readonly sections: DigestSections,
    private readonly jobs: QueueService,
  ) {}

  onModuleInit() {
    // Thursday morning: next week's issue is composed as a draft for the organizers to read and send.
    this.jobs.registerSchedule('digest-weekly', '0 6 * * 4', async () => {
      await this.composeWeek(nextIsoWeek(new Date()), null, { keepSent: true });
    });
  }

  list(query: Record<string, unknown>) {
    const qb = this.transactions.reader.getRepository(DigestEntity).createQueryBuilder('digest');
    return findPage(qb, query, digestListSpec, (row) => this.presentQuick(row));
  }

  async findOne(id: number): Promise<Digest> {
    const row = await this.transactions.reader.findOneBy(DigestEntity, { id });
    if (!row) throw notFound('Digest');
    return this.present(this.transactions.reader, row);
  }

  // Composes the week's issue from the data: a new draft, or the existing draft refreshed (its intro
  // kept). A sent issue stands as it was sent.
  create(actor: AuthUser, week: string): Promise<Digest> {
    return this.composeWeek(week, actor, { keepSent: false });
  }

  async composeWeek(week: string, actor: AuthUser | null, options: { keepSent: boolean }): Promise<Digest> {
    return this.transactions.run(async (manager) => {
      // One composer per week at a time (the weekly job on several replicas, two organizers).
      await this.repository.lockWeek(manager, week);
      const existing = await manager.findOne(DigestEntity, { where: { week }, lock: { mode: 'pessimistic_write' } });
      if (existing?.status === 'sent') {
        if (options.keepSent) return this.present(manager, existing);
        throw conflict(NewsErrorCodes.DIGEST_SENT, `The digest of ${week} has been sent already`, { week: 'was sent already' });
      }
      const content = await composeDigest(manager, week, isoWeekRange(week), {
        announcements: this.announcements,
        subscriptions: this.subscriptions,
        sections: this.sections,
      });
      if (existing) {
        const saved = await saveVersioned(manager, DigestEntity, existing, { content, ...this.rendered({ ...existing, content }) });
        if (actor) await this.audit.record(manager, actor, { entity: 'digest', entityId: saved.id, action: 'recompose' });
        return this.present(manager, saved);
      }
      const firstYear = Math.min((await this.repository.firstYear(manager)) ?? Number(week.slice(0, 4)), Number(week.slice(0, 4)));
      const issue = digestIssue(week, firstYear);
      const draft = manager.create(DigestEntity, { week, volume: issue.volume, number: issue.number, intro: '', status: 'draft', content });
      Object.assign(draft, this.rendered(draft));
      const saved = await manager.save(DigestEntity, draft);
      await this.audit.record(manager, actor ?? { id: null, name: 'Weekly digest job' }, {
        entity: 'digest',
        entityId: saved.id,
        action: 'create',
        toState: 'draft',
        note: week,
      });
      return this.present(manager, saved);
    });
  }

  update(actor: AuthUser, id: number, input: UpdateDigest): Promise<Digest> {
    return this.transactions.run(async (manager) => {
      const row = await lockForUpdate(manager, DigestEntity, id, 'Digest', input.version);
      if (row.status === 'sent') throw conflict(NewsErrorCodes.DIGEST_SENT, 'A sent digest is no longer edited', { status: 'is sent' });
      const saved = await saveVersioned(manager, DigestEntity, row, {
        intro: input.intro,
        ...this.rendered({ ...row, intro: input.intro }),
      });
      await this.audit.record(manager, actor, {
        entity: 'digest',
        entityId: id,
        action: 'update',
        changes: row.intro === input.intro ? null : { intro: { from: row.intro, to: input.intro } },
      });
      return this.present(manager, saved);
    });
  }

  // Once per subscriber: the machine refuses a second send (the row is locked, so two clicks or two
  // replicas queue behind each other), and the deliveries' unique key and the outbox's dedupe key
  // would stop a duplicate even so.
  async send(actor: AuthUser, id: number, version?: number): Promise<Digest> {
    const saved = await this.transitions.run(digestWorkflow, { id, action: 'send', actor, version }, async ({ manager, record }) => {
      const recipients = await this.subscriptions.digestRecipients(manager);
      let sent = 0;
      for (const recipient of recipients) {
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(DigestDeliveryEntity)
          .values({ digestId: record.id, subscriberId: recipient.subscriberId, language: recipient.language })
          .orIgnore()
          .returning(['id'])
          .execute();
        if (!inserted.raw[0]) continue;
        const de = recipient.language === 'de';
        await this.notifications.queue(manager, {
          toEmail: recipient.email,
          language: recipient.language,
          kind: 'digest',
          params: {
            subject: digestSubject(labelOf(record), recipient.language),
            text: de ? record.textDe : record.text,
            html: digestMailHtml(de ? record.htmlDe : record.html, recipient.language),
          },
          dedupeKey: `digest-${record.id}-subscriber-${recipient.subscriberId}`,
        });
        sent += 1;
      }
      return { patch: { sentAt: new Date(), sentCount: sent }, note: `sent to ${sent} subscriber(s)` };
    });
    return this.present(this.transactions.reader, saved);
  }

  async publicList(query: Record<string, unknown>) {
    const qb = this.transactions.reader.getRepository(DigestEntity).createQueryBuilder('digest').where(`digest.status = 'sent'`);
    return findPage(qb, query, digestListSpec, (row) => {
      const { html: _html, text: _text, ...summary } = this.presentPublic(row);
      return summary;
    });
  }

  async publicOne(week: string, language: string | undefined): Promise<PublicDigest & { id: string }> {
    if (!IsoWeekSchema.safeParse(week).success) throw notFound('Digest');
    const row = await this.transactions.reader.findOneBy(DigestEntity, { week, status: 'sent' });
    if (!row) throw notFound('Digest');
    const shown = this.presentPublic(row);
    return language === 'de' ? { ...shown, subject: digestSubject(labelOf(row), 'de'), html: row.htmlDe, text: row.textDe } : shown;
  }

  private rendered(row: Pick<DigestEntity, 'content' | 'intro' | 'volume' | 'number'>) {
    const en = renderDigest(row.content, row.intro, labelOf(row), 'en');
    const de = renderDigest(row.content, row.intro, labelOf(row), 'de');
    return { html: en.html, text: en.text, htmlDe: de.html, textDe: de.text };
  }

  private presentQuick(
    row: DigestEntity,
  ): Omit<Digest, 'html' | 'text' | 'htmlDe' | 'textDe' | 'recipients'> & { recipients: number | null } {
    return {
      id: row.id,
      week: row.week,
      volume: row.volume,
      number: row.number,
      label: labelOf(row),
      subject: digestSubject(labelOf(row), 'en'),
      intro: row.intro,
      status: row.status,
      recipients: row.status === 'sent' ? row.sentCount : null,
      sentAt: row.sentAt?.toISOString() ?? null,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  private async present(manager: EntityManager, row: DigestEntity): Promise<Digest> {
    const recipients = row.status === 'sent' ? row.sentCount : await this.subscriptions.digestRecipientCount(manager);
    return { ...this.presentQuick(row), recipients, html: row.html, text: row.text, htmlDe: row.htmlDe, textDe: row.textDe };
  }

  private presentPublic(row: DigestEntity): PublicDigest & { id: string } {
    return {
      id: row.week,
      week: row.week,
      volume: row.volume,
      number: row.number,
      label: labelOf(row),
      subject: digestSubject(labelOf(row), 'en'),
      intro: row.intro,
      html: row.html,
      text: row.text,
      sentAt: row.sentAt?.toISOString() ?? null,
    };
  }
}
