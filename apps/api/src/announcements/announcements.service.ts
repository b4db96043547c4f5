import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  announcementMachine,
  CommonErrorCodes,
  NewsErrorCodes,
  type Announcement,
  type AnnouncementAction,
  type AnnouncementHat,
  type AnnouncementStatus,
  type AnnouncementSuggestion,
  type CreateAnnouncement,
  type ScheduleAnnouncement,
  type SubscriptionTopic,
  type UpdateAnnouncement,
} from '@summitdesk/contracts';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { AppError, conflict, forbidden, notFound, staleVersion, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, ListPage, parseListQuery, applyListQuery } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { Transactions } from '../common/transactions.js';
import { TransitionRunner, type TransitionEffects, type Workflow } from '../common/transition-runner.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { QueueService } from '../queue/queue.service.js';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import { announcementText } from './announcement-markdown.js';
import { announcementListSpec } from './announcement-list.spec-config.js';
import { suggestAnnouncements } from './announcement-suggestions.js';
import { AnnouncementEntity } from './announcement.entity.js';
import { presentAnnouncement, presentPublicAnnouncement } from './announcement.presenter.js';
import { AnnouncementsRepository } from './announcements.repository.js';

const LINKS = [
  ['eventId', 'event'],
  ['cfpId', 'cfp'],
  ['contestId', 'contest'],
  ['boothProposalId', 'booth_proposal'],
] as const;

const EDITABLE = ['title', 'body', 'eventId', 'cfpId', 'contestId', 'boothProposalId', 'pinned'] as const;

const hatsOf = (row: Pick<AnnouncementEntity, 'authorId'>, actor: AuthUser | null, isChair: boolean): AnnouncementHat[] => {
  if (!actor) return [];
  if (actor.role === 'organizer') return ['organizer'];
  return isChair && row.authorId === actor.id ? ['author'] : [];
};

@Injectable()
export class AnnouncementsService implements OnModuleInit {
  private readonly workflow: Workflow<AnnouncementEntity, AnnouncementStatus, AnnouncementAction, AnnouncementHat> = {
    entity: AnnouncementEntity,
    label: 'Announcement',
    auditEntity: 'announcement',
    machine: announcementMachine,
    // A draft is its author's and the organizers'; everyone may know a published one exists; the
    // scheduler (no user) sees them all.
    canSee: (row, actor) =>
      actor === null || row.status === 'published' || actor?.role === 'organizer' || (actor !== null && row.authorId === actor.id),
    rolesOf: async (row, actor, manager) =>
      hatsOf(row, actor, actor ? (await this.repository.chairedEvents(manager, actor.id)).length > 0 : false),
    noRoleMessage: 'Only organizers and the chair who wrote it may change this announcement',
    after: async ({ manager, saved, to }) => {
      if (to === 'published') await this.tellFollowers(manager, saved);
    },
  };

  constructor(
    private readonly transactions: Transactions,
    private readonly repository: AnnouncementsRepository,
    private readonly audit: AuditService,
    private readonly transitions: TransitionRunner,
    private readonly notifications: NotificationsService,
    private readonly subscriptions: SubscriptionsService,
    private readonly jobs: QueueService,
  ) {}

  onModuleInit() {
    this.jobs.registerSchedule('announcements-publish-due', '* * * * *', async () => {
      await this.publishDue(new Date());
    });
  }

  // Scheduled announcements whose time has come, published by the system through the same machine.
  async publishDue(now: Date): Promise<number> {
    const due = await this.repository.dueIds(this.transactions.reader, now);
    let published = 0;
    for (const id of due) {
      try {
        await this.transitions.run(
          this.workflow,
          { id, action: 'publish', actor: { id: null, name: 'Scheduler' }, as: ['system'] },
          async () => ({
            patch: { publishedAt: now },
          }),
        );
        published += 1;
      } catch (error) {
        // Another replica published (or someone retracted) it first.
        if (!(error instanceof AppError)) throw error;
      }
    }
    return published;
  }

  private async writerOf(manager: EntityManager, actor: AuthUser): Promise<{ chairOf: number[] | null }> {
    if (actor.role === 'organizer') return { chairOf: null };
    const chairOf = await this.repository.chairedEvents(manager, actor.id);
    if (chairOf.length === 0) throw forbidden('Only organizers and committee chairs write announcements');
    return { chairOf };
  }

  private query(manager: EntityManager = this.transactions.reader): SelectQueryBuilder<AnnouncementEntity> {
    return manager.getRepository(AnnouncementEntity).createQueryBuilder('announcement').leftJoinAndSelect('announcement.author', 'author');
  }

  async list(actor: AuthUser, query: Record<string, unknown>) {
    const qb = this.query();
    const isChair = actor.role !== 'organizer' && (await this.repository.chairedEvents(this.transactions.reader, actor.id)).length > 0;
    if (actor.role !== 'organizer') {
      qb.andWhere(`(announcement.status = 'published' OR announcement.author_id = :me)`, { me: actor.id });
    }
    return findPage(qb, query, announcementListSpec, (row) => presentAnnouncement(row, hatsOf(row, actor, isChair)));
  }

  async findOne(actor: AuthUser, id: number): Promise<Announcement> {
    const row = await this.query().where('announcement.id = :id', { id }).getOne();
    if (!row || !(await this.workflow.canSee!(row, actor, this.transactions.reader))) throw notFound('Announcement');
    const isChair = actor.role !== 'organizer' && (await this.repository.chairedEvents(this.transactions.reader, actor.id)).length > 0;
    return presentAnnouncement(row, hatsOf(row, actor, isChair));
  }

  create(actor: AuthUser, input: CreateAnnouncement, suggestionKey: string | null = null): Promise<Announcement> {
    return this.transactions.run(async (manager) => {
      const { chairOf } = await this.writerOf(manager, actor);
      await this.checkLinks(manager, input, chairOf);
      const row = await manager.save(
        AnnouncementEntity,
        manager.create(AnnouncementEntity, {
          title: input.title,
          body: input.body,
          eventId: input.eventId ?? null,
          cfpId: input.cfpId ?? null,
          contestId: input.contestId ?? null,
          boothProposalId: input.boothProposalId ?? null,
          pinned: input.pinned,
          status: 'draft',
          authorId: actor.id,
          suggestionKey,
        }),
      );
      await this.audit.record(manager, actor, {
        entity: 'announcement',
        entityId: row.id,
        action: 'create',
        toState: 'draft',
        note: suggestionKey ? `from suggestion ${suggestionKey}` : null,
      });
      return this.reload(manager, row.id, actor);
    });
  }

  update(actor: AuthUser, id: number, input: UpdateAnnouncement): Promise<Announcement> {
    return this.transactions.run(async (manager) => {
      const row = await this.lockWritable(manager, actor, id, input.version);
      const { chairOf } = await this.writerOf(manager, actor);
      await this.checkLinks(manager, input, chairOf);
      const patch: Partial<AnnouncementEntity> = {};
      for (const key of EDITABLE)
        (patch as Record<string, unknown>)[key] = input[key] ?? (key === 'pinned' ? false : key === 'body' ? '' : null);
      const changes = changedFields(row, patch);
      await saveVersioned(manager, AnnouncementEntity, row, patch);
      await this.audit.record(manager, actor, { entity: 'announcement', entityId: id, action: 'update', changes });
      return this.reload(manager, id, actor);
    });
  }

  remove(actor: AuthUser, id: number): Promise<Announcement> {
    return this.transactions.run(async (manager) => {
      const row = await this.lockWritable(manager, actor, id);
      if (row.status === 'published') {
        throw conflict(NewsErrorCodes.PUBLISHED, 'A published announcement is retracted before it is deleted', { status: 'is published' });
      }
      const shown = await this.reload(manager, id, actor);
      await manager.delete(AnnouncementEntity, { id });
      await this.audit.record(manager, actor, {
        entity: 'announcement',
        entityId: id,
        action: 'delete',
        fromState: row.status,
        note: row.title,
      });
      return shown;
    });
  }

  publish(actor: AuthUser, id: number, version?: number) {
    return this.act(actor, id, 'publish', version, async () => ({ patch: { publishedAt: new Date(), publishAt: null } }));
  }

  schedule(actor: AuthUser, id: number, input: ScheduleAnnouncement) {
    const publishAt = new Date(input.publishAt);
    if (publishAt.getTime() <= Date.now()) {
      throw unprocessable(NewsErrorCodes.PUBLISH_AT_PAST, 'Schedule it for a time still to come, or publish it now', {
        publishAt: 'must be in the future',
      });
    }
    return this.act(actor, id, 'schedule', input.version, async () => ({ patch: { publishAt } }));
  }

  retract(actor: AuthUser, id: number, version?: number) {
    return this.act(actor, id, 'retract', version, async () => ({ patch: { publishAt: null, publishedAt: null } }));
  }

  private async act(
    actor: AuthUser,
    id: number,
    action: AnnouncementAction,
    version: number | undefined,
    work: () => Promise<TransitionEffects<AnnouncementEntity>>,
  ): Promise<Announcement> {
    return this.transactions.run(async (manager) => {
      await this.transitions.runIn(manager, this.workflow, { id, action, actor, version }, work);
      return this.reload(manager, id, actor);
    });
  }

  // Drafts written from the data, less those already written up.
  async suggestions(actor: AuthUser): Promise<AnnouncementSuggestion[]> {
    const manager = this.transactions.reader;
    const { chairOf } = await this.writerOf(manager, actor);
    const all = await suggestAnnouncements(manager, new Date(), chairOf);
    const taken = await this.repository.usedSuggestionKeys(
      manager,
      all.map((suggestion) => suggestion.key),
    );
    return all.filter((suggestion) => !taken.has(suggestion.key));
  }

  async createFromSuggestion(actor: AuthUser, key: string): Promise<Announcement> {
    const suggestion = (await this.suggestions(actor)).find((candidate) => candidate.key === key);
    // Written up already (a second click, however late it arrives): the same answer as a click racing it.
    if (!suggestion && (await this.repository.usedSuggestionKeys(this.transactions.reader, [key])).has(key)) {
      throw conflict(CommonErrorCodes.DUPLICATE, 'This suggestion was just written up', { key: 'is already a draft' });
    }
    if (!suggestion) {
      throw unprocessable(
        NewsErrorCodes.UNKNOWN_SUGGESTION,
        'There is no such suggestion (any more); it may have been written up already',
        {
          key: 'is not an open suggestion',
        },
      );
    }
    const { key: _key, kind: _kind, ...draft } = suggestion;
    try {
      return await this.create(actor, { ...draft, pinned: false }, key);
    } catch (error) {
      // Two clicks at once: the unique suggestion key lets one draft through.
      if ((error as { code?: string }).code === '23505' || (error as AppError).code === CommonErrorCodes.DUPLICATE) {
        throw conflict(CommonErrorCodes.DUPLICATE, 'This suggestion was just written up', { key: 'is already a draft' });
      }
      throw error;
    }
  }

  // Visitors: published news, pinned first, newest first.
  async publicList(query: Record<string, unknown>) {
    const list = parseListQuery(query, announcementListSpec);
    const qb = applyListQuery(this.query().where(`announcement.status = 'published'`), list, announcementListSpec)
      .orderBy('announcement.pinned', 'DESC')
      .addOrderBy('announcement.published_at', 'DESC')
      .addOrderBy('announcement.id', 'DESC');
    const [rows, total] = await qb.getManyAndCount();
    return new ListPage('announcements', rows.map(presentPublicAnnouncement), list.start, total);
  }

  async publicOne(id: number) {
    const row = await this.query().where('announcement.id = :id', { id }).andWhere(`announcement.status = 'published'`).getOne();
    if (!row) throw notFound('Announcement');
    return presentPublicAnnouncement(row);
  }

  // The newest published, for the Atom feed.
  latestPublished(limit: number): Promise<AnnouncementEntity[]> {
    return this.query()
      .where(`announcement.status = 'published'`)
      .orderBy('announcement.published_at', 'DESC')
      .addOrderBy('announcement.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  // The week's news for the digest: published in [from, to), pinned first.
  publishedBetween(manager: EntityManager, from: Date, to: Date): Promise<AnnouncementEntity[]> {
    return this.query(manager)
      .where(`announcement.status = 'published'`)
      .andWhere('announcement.published_at >= :from AND announcement.published_at < :to', { from, to })
      .orderBy('announcement.pinned', 'DESC')
      .addOrderBy('announcement.published_at', 'ASC')
      .getMany();
  }

  private async lockWritable(manager: EntityManager, actor: AuthUser, id: number, version?: number) {
    const row = await lockForUpdate(manager, AnnouncementEntity, id, 'Announcement');
    if (!(await this.workflow.canSee!(row, actor, manager))) throw notFound('Announcement');
    if (version !== undefined && version !== row.version) throw staleVersion('Announcement');
    const hats = await this.workflow.rolesOf!(row, actor, manager);
    if (hats.length === 0) throw forbidden('Only organizers and the chair who wrote it may change this announcement');
    return row;
  }

  private async reload(manager: EntityManager, id: number, actor: AuthUser): Promise<Announcement> {
    const row = await this.query(manager).where('announcement.id = :id', { id }).getOneOrFail();
    return presentAnnouncement(row, await this.workflow.rolesOf!(row, actor, manager));
  }

  // Every id in the body names a record (422 otherwise); a chair writes only about their summits.
  private async checkLinks(manager: EntityManager, input: CreateAnnouncement, chairOf: number[] | null) {
    for (const [field, table] of LINKS) {
      const id = input[field];
      if (id === null || id === undefined) continue;
      if (!(await this.repository.exists(manager, table, id)))
        throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, `No such ${table.replace('_', ' ')}`, { [field]: 'does not exist' });
    }
    if (chairOf !== null) {
      const eventId = input.eventId ?? (input.cfpId ? await this.repository.eventOfCfp(manager, input.cfpId) : null);
      if (!eventId || !chairOf.includes(eventId) || input.contestId || input.boothProposalId) {
        throw forbidden('A committee chair writes announcements about the summit they chair (name its event or call for papers)');
      }
    }
  }

  // Followers of what the news is about hear of it once (topics; "events near" by country).
  private async tellFollowers(manager: EntityManager, row: AnnouncementEntity) {
    const topics: Array<[SubscriptionTopic, string | null]> = [];
    if (row.cfpId) topics.push(['cfps', null]);
    if (row.contestId) topics.push(['contests', null]);
    if (row.boothProposalId) topics.push(['booth_help', null]);
    if (row.eventId) {
      topics.push(['events', (await this.repository.eventCountry(manager, row.eventId)) ?? null]);
    }
    const text = announcementText(row.body);
    for (const [topic, country] of topics) {
      for (const recipient of await this.subscriptions.topicRecipients(manager, topic, country)) {
        await this.notifications.queue(manager, {
          toEmail: recipient.email,
          language: recipient.language,
          kind: 'announcement',
          params: { title: row.title, text },
          dedupeKey: `announcement-${row.id}-subscriber-${recipient.subscriberId}`,
        });
      }
    }
  }
}
