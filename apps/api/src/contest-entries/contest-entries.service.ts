import { Inject, Injectable } from '@nestjs/common';
import {
  CommonErrorCodes,
  ContestErrorCodes,
  contestEntryMachine,
  contestStatus,
  voterOrder,
  type ContestEntryAction,
  type ContestEntryStatus,
  type CreateContestEntry,
  type Role,
  type UpdateContestEntry,
} from '@summitdesk/contracts';
import { type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { applyListQuery, findRowsAndTotal, ListPage, MAX_RANGE, parseListQuery } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { TransitionRunner, type TransitionEffects, type Workflow } from '../common/transition-runner.js';
import { ContestEntity } from '../contests/contest.entity.js';
import { NotificationsService, type OutgoingMessage } from '../notifications/notifications.service.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { ArtworkLinks } from './artwork-links.js';
import { contestEntryListSpec, VOTER_ORDER } from './contest-entry-list.spec-config.js';
import { ContestEntryEntity } from './contest-entry.entity.js';
import { closedVoteCounts } from './contest-entries.repository.js';
import { presentEntry, type LoadedEntry } from './contest-entry.presenter.js';
import { Transactions } from '../common/transactions.js';

const entryWorkflow: Workflow<ContestEntryEntity, ContestEntryStatus, ContestEntryAction, Role> = {
  entity: ContestEntryEntity,
  label: 'Contest entry',
  auditEntity: 'contest_entry',
  machine: contestEntryMachine,
};

@Injectable()
export class ContestEntriesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly links: ArtworkLinks,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly transitions: TransitionRunner,
  ) {}

  // Organizers see every entry; members see approved entries of published contests and their own.
  query(manager: EntityManager, actor: AuthUser | null): SelectQueryBuilder<ContestEntryEntity> {
    const qb = manager
      .createQueryBuilder(ContestEntryEntity, 'entry')
      .innerJoinAndSelect('entry.contest', 'contest')
      .innerJoinAndSelect('entry.author', 'author');
    if (actor?.role !== 'organizer') {
      qb.andWhere(`(entry.author_id = :viewer OR (entry.status = :approved AND contest.stage <> :draft))`, {
        viewer: actor?.id ?? 0,
        approved: 'approved',
        draft: 'draft',
      });
    }
    return qb;
  }

  async list(actor: AuthUser, raw: Record<string, unknown>) {
    const list = parseListQuery(raw, contestEntryListSpec);
    const qb = this.query(this.transactions.reader, actor);
    if (list.sort !== VOTER_ORDER) {
      const [rows, total] = await findRowsAndTotal(qb, list, contestEntryListSpec);
      return new ListPage(contestEntryListSpec.resource, await this.present(actor, rows as LoadedEntry[]), list.start, total);
    }
    // The caller's own stable shuffle of one contest's entries, paged after sorting.
    const contestId = list.filter.contestId;
    if (typeof contestId !== 'number') {
      throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, 'Sorting by voterOrder needs filter.contestId', {
        sort: 'voterOrder needs a contestId filter',
      });
    }
    const all = (await applyListQuery(
      qb,
      { ...list, sort: 'id', start: 0, end: MAX_RANGE * 2 - 1 },
      contestEntryListSpec,
    ).getMany()) as LoadedEntry[];
    const ordered = voterOrder(all, actor.id, contestId);
    if (list.order === 'DESC') ordered.reverse();
    return new ListPage(
      contestEntryListSpec.resource,
      await this.present(actor, ordered.slice(list.start, list.end + 1)),
      list.start,
      ordered.length,
    );
  }

  findOne(actor: AuthUser, id: number) {
    return this.show(this.transactions.reader, actor, id);
  }

  // One entry as the caller may see it, read through `manager` so a transaction sees its own writes.
  async show(manager: EntityManager, actor: AuthUser, id: number) {
    return (await this.present(actor, [await this.load(manager, actor, id)]))[0];
  }

  create(actor: AuthUser, input: CreateContestEntry) {
    return this.transactions.run(async (manager) => {
      const contest = await manager
        .createQueryBuilder(ContestEntity, 'contest')
        .setLock('pessimistic_read')
        .where('contest.id = :id', { id: input.contestId })
        .getOne();
      if (!contest || (contest.stage === 'draft' && actor.role !== 'organizer')) {
        throw unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'There is no such contest', {
          contestId: 'is not a contest you can enter',
        });
      }
      assertEntriesOpen(contest, 'contestId');
      const entry = await manager.save(
        ContestEntryEntity,
        manager.create(ContestEntryEntity, {
          contestId: contest.id,
          authorId: actor.id,
          title: input.title,
          description: input.description,
          license: contest.license,
          licenseAcceptedAt: new Date(),
          status: 'pending',
        }),
      );
      await this.audit.record(manager, actor, {
        entity: 'contest_entry',
        entityId: entry.id,
        action: 'create',
        toState: 'pending',
        note: `Accepted the artwork licence: ${contest.license}`,
      });
      return this.show(manager, actor, entry.id);
    });
  }

  // Authors change their own words while entries are open; a changed entry goes back to moderation.
  update(actor: AuthUser, id: number, input: UpdateContestEntry) {
    return this.transactions.run(async (manager) => {
      const entry = await this.lockOwn(manager, actor, id, input.version);
      const patch: Partial<ContestEntryEntity> = { title: input.title, description: input.description };
      const changes = changedFields(entry, patch);
      const fromState = entry.status;
      if (Object.keys(changes).length > 0 && fromState === 'approved') patch.status = 'pending';
      await saveVersioned(manager, ContestEntryEntity, entry, patch);
      await this.audit.record(manager, actor, {
        entity: 'contest_entry',
        entityId: id,
        action: 'update',
        changes,
        fromState,
        toState: patch.status ?? fromState,
      });
      return this.show(manager, actor, id);
    });
  }

  async remove(actor: AuthUser, id: number) {
    const { shown, files } = await this.transactions.run(async (manager) => {
      const entry = await this.lockOwn(manager, actor, id);
      const shown = await this.show(manager, actor, id);
      await manager.delete(ContestEntryEntity, { id });
      await this.audit.record(manager, actor, {
        entity: 'contest_entry',
        entityId: id,
        action: 'delete',
        fromState: entry.status,
        note: entry.title,
      });
      return { shown, files: [entry.artworkKey, entry.thumbnailKey] };
    });
    await Promise.all(files.filter((key): key is string => !!key).map((key) => this.storage.remove(key).catch(() => undefined)));
    return shown;
  }

  approve(actor: AuthUser, id: number, version?: number) {
    return this.moderate(actor, id, 'approve', version, async (entry) => {
      if (!entry.artworkKey)
        throw unprocessable(
          ContestErrorCodes.ENTRY_NEEDS_ARTWORK,
          'The entry has no artwork yet; it can be approved once the author uploads it',
          { artworkUrl: 'is missing' },
        );
      return { patch: { hiddenReason: null } };
    });
  }

  // The author is told why, by e-mail, in the same transaction.
  hide(actor: AuthUser, id: number, reason: string, version?: number) {
    return this.moderate(actor, id, 'hide', version, async (entry, contest) => {
      const mail: OutgoingMessage = {
        toUserId: entry.authorId,
        kind: 'contest_entry_hidden',
        params: { title: entry.title, contestTitle: contest.title, reason },
        link: { resource: 'contest-entries', id: entry.id },
      };
      return { patch: { hiddenReason: reason }, note: reason, mails: [mail] };
    });
  }

  private moderate(
    actor: AuthUser,
    id: number,
    action: ContestEntryAction,
    version: number | undefined,
    work: (entry: ContestEntryEntity, contest: ContestEntity) => Promise<TransitionEffects<ContestEntryEntity>>,
  ) {
    return this.transactions.run(async (manager) => {
      await this.transitions.runIn(manager, entryWorkflow, { id, action, actor, version }, async ({ record }) => {
        const contest = await manager.findOneByOrFail(ContestEntity, { id: record.contestId });
        if (contest.stage === 'awarded')
          throw conflict(ContestErrorCodes.NOT_EDITABLE, 'The prize has been awarded; entries can no longer be moderated');
        return work(record, contest);
      });
      return this.show(manager, actor, id);
    });
  }

  // The author's own entry, locked, while its contest still takes entries; others get 404 or 403.
  async lockOwn(manager: EntityManager, actor: AuthUser, id: number, version?: number): Promise<ContestEntryEntity> {
    await this.load(manager, actor, id);
    const entry = await lockForUpdate(manager, ContestEntryEntity, id, 'Contest entry', version);
    if (entry.authorId !== actor.id) throw forbidden('Only the author can change an entry');
    if (entry.status === 'hidden')
      throw conflict(ContestErrorCodes.ENTRY_NOT_EDITABLE, 'The entry has been hidden by an organizer and can no longer be changed', {
        status: 'is hidden',
      });
    assertEntriesOpen(await manager.findOneByOrFail(ContestEntity, { id: entry.contestId }), 'status');
    return entry;
  }

  async load(manager: EntityManager, actor: AuthUser | null, id: number): Promise<LoadedEntry> {
    const entry = await this.query(manager, actor).andWhere('entry.id = :id', { id }).getOne();
    if (!entry) throw notFound('Contest entry');
    return entry as LoadedEntry;
  }

  private async present(actor: AuthUser, entries: LoadedEntry[]) {
    const votes = await closedVoteCounts(this.transactions.reader, entries);
    return entries.map((entry) => presentEntry(entry, actor, this.links, votes));
  }
}

function assertEntriesOpen(contest: ContestEntity, field: string) {
  const status = contestStatus(contest);
  if (status !== 'entries_open') {
    const when =
      status === 'upcoming' || status === 'draft'
        ? `opens ${contest.entriesOpenAt.toISOString()}`
        : `closed ${contest.entriesCloseAt.toISOString()}`;
    throw unprocessable(ContestErrorCodes.ENTRIES_NOT_OPEN, `"${contest.title}" is not taking entries: the entry window ${when}`, {
      [field]: 'is not open for entries',
    });
  }
}
