import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { SearchHit } from '@summitdesk/contracts';
import {
  budgetYear,
  CommonErrorCodes,
  ContestErrorCodes,
  contestMachineAt,
  dayIn,
  EditableContestStatuses,
  type AwardContest,
  type ContestAction,
  type ContestStage,
  type CreateContest,
  type Role,
  type UpdateContest,
} from '@summitdesk/contracts';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { LedgerService } from '../budgets/ledger.service.js';
import { conflict, notFound, unprocessable } from '../common/app-error.js';
import { checkAmount } from '../common/money.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { TransitionRunner, type TransitionEffects, type Workflow } from '../common/transition-runner.js';
import { MailPreferencesService } from '../notifications/mail-preferences.service.js';
import { NotificationsService, type OutgoingMessage } from '../notifications/notifications.service.js';
import { QueueService } from '../queue/queue.service.js';
import { UserEntity } from '../users/user.entity.js';
import { CONTEST_ENTRY_FACTS, type ContestEntryFacts } from './contest-entry-facts.js';
import { contestListSpec } from './contest-list.spec-config.js';
import { ContestEntity } from './contest.entity.js';
import { presentContest, statusOf } from './contest.presenter.js';
import { contestResults, contestTurnout, recentlyClosedAuthors, recentlyOpenedContests } from './contests.repository.js';
import { Transactions } from '../common/transactions.js';

const EDITABLE = [
  'title',
  'rules',
  'prize',
  'currency',
  'license',
  'timeZone',
  'entriesOpenAt',
  'entriesCloseAt',
  'votingOpensAt',
  'votingClosesAt',
] as const;
const INSTANTS = new Set(['entriesOpenAt', 'entriesCloseAt', 'votingOpensAt', 'votingClosesAt']);

const contestWorkflow: Workflow<ContestEntity, ContestStage, ContestAction, Role> = {
  entity: ContestEntity,
  label: 'Contest',
  auditEntity: 'contest',
  // The machine moves the stored stage; the clock decides whether voting runs or has ended.
  machine: (contest) => contestMachineAt(statusOf(contest)),
  stateOf: (contest) => contest.stage,
  shownState: (contest) => statusOf(contest),
  statePatch: (stage) => ({ stage }),
};

@Injectable()
export class ContestsService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly ledger: LedgerService,
    private readonly notifications: NotificationsService,
    private readonly jobs: QueueService,
    private readonly transitions: TransitionRunner,
    @Inject(CONTEST_ENTRY_FACTS) private readonly entries: ContestEntryFacts,
    private readonly mailPreferences: MailPreferencesService,
  ) {}

  onModuleInit() {
    this.jobs.registerSchedule('contest-voting-opened', '*/5 * * * *', async () => {
      await this.announceOpenedVoting(new Date());
    });
    this.jobs.registerSchedule('contest-voting-closed', '*/5 * * * *', async () => {
      await this.announceClosedVoting(new Date());
    });
  }

  // When voting opens by the clock, the entrants see it under the bell, and members who asked for it
  // (the "voting opened" mail is opt-in) get a mail too. The dedupe key per contest and member makes
  // it once, however many replicas or runs of the job see the same window.
  async announceOpenedVoting(now: Date): Promise<number> {
    return this.transactions.run(async (manager) => {
      const contests = await recentlyOpenedContests(manager, now);
      if (contests.length === 0) return 0;
      const optedIn = await this.mailPreferences.optedIn(manager, 'contest_voting_opened');
      let told = 0;
      for (const contest of contests) {
        for (const userId of new Set([...contest.author_ids, ...optedIn])) {
          await this.notifications.queue(manager, {
            toUserId: userId,
            kind: 'contest_voting_opened',
            params: {
              contestTitle: contest.title,
              closesAt: new Date(contest.voting_closes_at).toISOString(),
              timeZone: contest.time_zone,
              contestId: contest.id,
            },
            dedupeKey: `contest-${contest.id}-voting-opened-${userId}`,
            link: { resource: 'contests', id: contest.id },
          });
          told += 1;
        }
      }
      return told;
    });
  }

  // Voting that ends by the clock is announced like an early close: each entrant hears once
  // (the same dedupe key as /close, so an early close is never announced twice).
  async announceClosedVoting(now: Date): Promise<number> {
    return this.transactions.run(async (manager) => {
      const rows = await recentlyClosedAuthors(manager, now);
      for (const row of rows) {
        await this.notifications.queue(manager, {
          toUserId: row.author_id,
          kind: 'contest_voting_closed',
          params: { contestTitle: row.title, early: false, contestId: row.contest_id },
          dedupeKey: `contest-${row.contest_id}-closed-${row.author_id}`,
          link: { resource: 'contests', id: row.contest_id },
        });
      }
      return rows.length;
    });
  }

  list(actor: AuthUser, query: Record<string, unknown>) {
    const qb = this.transactions.reader.getRepository(ContestEntity).createQueryBuilder('contest');
    // Drafts are the organizers' workbench; nobody else learns they exist.
    if (actor.role !== 'organizer') qb.andWhere('contest.stage <> :draft', { draft: 'draft' });
    return findPage(qb, query, contestListSpec, (contest) => presentContest(contest));
  }

  // Global search: the same visibility as the list, first `limit` matches.
  async search(actor: AuthUser, q: string, limit: number): Promise<SearchHit[]> {
    const page = await this.list(actor, { filter: JSON.stringify({ q }), range: JSON.stringify([0, limit - 1]) });
    return page.rows.map((contest) => ({ type: 'contests', id: contest.id, title: contest.title, subtitle: contest.status }));
  }

  async findOne(actor: AuthUser | null, id: number) {
    return presentContest(await this.visible(this.transactions.reader, actor, id));
  }

  async visible(manager: EntityManager, actor: AuthUser | null, id: number): Promise<ContestEntity> {
    const contest = await manager.findOneBy(ContestEntity, { id });
    if (!contest || (contest.stage === 'draft' && actor?.role !== 'organizer')) throw notFound('Contest');
    return contest;
  }

  async turnout(actor: AuthUser, id: number) {
    await this.visible(this.transactions.reader, actor, id);
    return contestTurnout(this.transactions.reader, id);
  }

  create(actor: AuthUser, input: CreateContest) {
    checkPrize(input.prize);
    return this.transactions.run(async (manager) => {
      const contest = await manager.save(ContestEntity, manager.create(ContestEntity, { ...input, ...instants(input), stage: 'draft' }));
      await this.audit.record(manager, actor, { entity: 'contest', entityId: contest.id, action: 'create', toState: 'draft' });
      return presentContest(contest);
    });
  }

  update(actor: AuthUser, id: number, input: UpdateContest) {
    checkPrize(input.prize);
    return this.transactions.run(async (manager) => {
      const contest = await lockForUpdate(manager, ContestEntity, id, 'Contest', input.version);
      const status = statusOf(contest);
      if (!EditableContestStatuses.includes(status)) {
        throw conflict(ContestErrorCodes.NOT_EDITABLE, `The contest is ${status}; its results stand and it can no longer be edited`, {
          status: `is ${status}`,
        });
      }
      const patch: Partial<ContestEntity> = {};
      for (const key of EDITABLE) (patch as Record<string, unknown>)[key] = INSTANTS.has(key) ? new Date(input[key] as string) : input[key];
      if (patch.license !== contest.license && (await this.entries.hasEntries(manager, id))) {
        throw unprocessable(ContestErrorCodes.NOT_EDITABLE, 'Entrants have already accepted the artwork licence; it cannot change now', {
          license: 'cannot change once there are entries',
        });
      }
      const changes = changedFields(contest, patch);
      const saved = await saveVersioned(manager, ContestEntity, contest, patch);
      await this.audit.record(manager, actor, { entity: 'contest', entityId: id, action: 'update', changes });
      return presentContest(saved);
    });
  }

  remove(actor: AuthUser, id: number) {
    return this.transactions.run(async (manager) => {
      const contest = await lockForUpdate(manager, ContestEntity, id, 'Contest');
      if (contest.stage !== 'draft') {
        throw conflict(
          CommonErrorCodes.ILLEGAL_TRANSITION,
          'Only a draft contest can be deleted; a published one keeps its entries and votes',
        );
      }
      const shown = presentContest(contest);
      await manager.delete(ContestEntity, { id });
      await this.audit.record(manager, actor, {
        entity: 'contest',
        entityId: id,
        action: 'delete',
        fromState: 'draft',
        note: contest.title,
      });
      return shown;
    });
  }

  publish(actor: AuthUser, id: number, version?: number) {
    return this.act(actor, id, 'publish', version);
  }

  // Ends voting now: results become public at once, and every entrant hears of it.
  close(actor: AuthUser, id: number, version?: number) {
    return this.act(actor, id, 'close', version, async (manager, contest) => {
      const mails = (await this.entries.approvedAuthorIds(manager, id)).map((author_id): OutgoingMessage => ({
        toUserId: author_id,
        kind: 'contest_voting_closed',
        params: { contestTitle: contest.title, early: true, contestId: id },
        dedupeKey: `contest-${id}-closed-${author_id}`,
        link: { resource: 'contests', id },
      }));
      return { patch: { votingClosesAt: new Date() }, mails };
    });
  }

  // Marks the winner and pays the prize from the budget of the contest's year and currency.
  award(actor: AuthUser, id: number, input: AwardContest) {
    return this.act(actor, id, 'award', input.version, async (manager, contest) => {
      const entry = await this.entries.approvedEntry(manager, id, input.entryId);
      if (!entry) {
        throw unprocessable(ContestErrorCodes.NOT_A_WINNER, 'Only an approved entry of this contest can win', {
          entryId: 'is not an approved entry of this contest',
        });
      }
      const results = await contestResults(manager, id);
      if (results.find((result) => result.entryId === entry.id)?.rank !== 1) {
        throw unprocessable(ContestErrorCodes.NOT_A_WINNER, 'That entry did not get the most votes; award one of the top entries', {
          entryId: 'did not get the most votes',
        });
      }
      const budget = await this.ledger.budgetFor(manager, budgetYear(dayIn(contest.votingClosesAt, contest.timeZone)), contest.currency, {
        lock: true,
      });
      const author = await manager.findOneByOrFail(UserEntity, { id: entry.authorId });
      await this.ledger.append(manager, actor, {
        budgetId: budget.id,
        kind: 'payment',
        amount: contest.prize,
        currency: contest.currency,
        contestId: id,
        memo: `Prize for "${contest.title}": "${entry.title}" by ${author.name}`,
      });
      const mail: OutgoingMessage = {
        toUserId: author.id,
        kind: 'contest_won',
        params: {
          author: author.name,
          title: entry.title,
          contestTitle: contest.title,
          prize: { amount: contest.prize, currency: contest.currency },
          contestId: id,
        },
        dedupeKey: `contest-${id}-award`,
        link: { resource: 'contests', id },
      };
      return { patch: { winnerEntryId: entry.id, awardedAt: new Date() }, mails: [mail] };
    });
  }

  private async act(
    actor: AuthUser,
    id: number,
    action: ContestAction,
    version: number | undefined,
    work?: (manager: EntityManager, contest: ContestEntity) => Promise<TransitionEffects<ContestEntity>>,
  ) {
    const saved = await this.transitions.run(
      contestWorkflow,
      { id, action, actor, version },
      work && (({ manager, record }) => work(manager, record)),
    );
    return presentContest(saved);
  }
}

function instants(input: CreateContest) {
  return {
    entriesOpenAt: new Date(input.entriesOpenAt),
    entriesCloseAt: new Date(input.entriesCloseAt),
    votingOpensAt: new Date(input.votingOpensAt),
    votingClosesAt: new Date(input.votingClosesAt),
  };
}

// A bad prize is a broken money rule (422), the same answer as every other amount in the API.
function checkPrize(prize: number) {
  checkAmount(prize, 'prize', ContestErrorCodes.BAD_AMOUNT, { positive: true, label: 'The prize' });
}
