import { Injectable } from '@nestjs/common';
import { CommonErrorCodes, ContestErrorCodes, contestStatus, type CastVote, type Vote } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { ContestEntity } from '../contests/contest.entity.js';
import { VoteEntity } from './vote.entity.js';
import { Transactions } from '../common/transactions.js';
import { lockBallot, upsertVote, type Ballot } from './votes.repository.js';

const voteListSpec: ListSpec = {
  resource: 'votes',
  sortable: { id: 'vote.id', createdAt: 'vote.created_at', contestId: 'vote.contest_id' },
  filterable: {
    id: { column: 'vote.id', type: 'int' },
    contestId: { column: 'vote.contest_id', type: 'int' },
    entryId: { column: 'vote.entry_id', type: 'int' },
  },
  defaultSort: ['createdAt', 'DESC'],
  idColumn: 'vote.id',
};

const presentVote = (vote: VoteEntity): Vote => ({
  id: vote.id,
  contestId: vote.contestId,
  entryId: vote.entryId,
  voterId: vote.voterId,
  createdAt: new Date(vote.createdAt).toISOString(),
  updatedAt: new Date(vote.updatedAt).toISOString(),
});

const presentUpserted = (upserted: NonNullable<Awaited<ReturnType<typeof upsertVote>>>): Vote =>
  presentVote({
    id: upserted.id,
    contestId: upserted.contest_id,
    entryId: upserted.entry_id,
    voterId: upserted.voter_id,
    createdAt: upserted.created_at,
    updatedAt: upserted.updated_at,
  });

const noContest = () =>
  unprocessable(CommonErrorCodes.REFERENCE_MISSING, 'There is no such contest', { contestId: 'is not a contest you can vote in' });

// A draft contest is not there for voters; otherwise its clock says whether ballots are taken.
function checkVotingOpen(contest: Ballot['contest']): void {
  if (contest.stage === 'draft') throw noContest();
  const status = contestStatus(contest);
  if (status === 'voting') return;
  const when =
    status === 'closed' || status === 'awarded'
      ? `closed ${contest.votingClosesAt.toISOString()}`
      : `opens ${contest.votingOpensAt.toISOString()}`;
  throw unprocessable(ContestErrorCodes.VOTING_NOT_OPEN, `Voting in "${contest.title}" is not open: it ${when}`, {
    contestId: 'is not open for voting',
  });
}

const entryNotVotable = () =>
  unprocessable(ContestErrorCodes.ENTRY_NOT_VOTABLE, 'That entry is not in the running in this contest', {
    entryId: 'is not open for votes',
  });

@Injectable()
export class VotesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  // A ballot is secret: everyone, organizers included, lists only their own votes.
  list(actor: AuthUser, query: Record<string, unknown>) {
    const qb = this.transactions.reader
      .getRepository(VoteEntity)
      .createQueryBuilder('vote')
      .where('vote.voter_id = :voter', { voter: actor.id });
    return findPage(qb, query, voteListSpec, presentVote);
  }

  // Casts the caller's vote or moves it. The contest and entry rows are share-locked, so closing the
  // vote or hiding the entry waits for this transaction (and the reverse); the unique constraint makes
  // concurrent requests from one member land on one row.
  cast(actor: AuthUser, input: CastVote): Promise<{ vote: Vote; created: boolean }> {
    return this.transactions.run(async (manager) => {
      const ballot = await lockBallot(manager, input.contestId, input.entryId);
      if (!ballot) await this.refuseMissing(manager, input);
      const { contest, entry } = ballot!;
      checkVotingOpen(contest);
      if (entry.status !== 'approved') throw entryNotVotable();
      if (entry.authorId === actor.id)
        throw unprocessable(ContestErrorCodes.OWN_ENTRY, 'You cannot vote for your own entry', { entryId: 'is your own entry' });

      const upserted = await upsertVote(manager, contest.id, entry.id, actor.id);
      if (!upserted || !upserted.changed) {
        // A repeat of the same vote changes nothing.
        const unchanged = upserted
          ? presentUpserted(upserted)
          : presentVote(await manager.findOneByOrFail(VoteEntity, { contestId: contest.id, voterId: actor.id }));
        return { vote: unchanged, created: false };
      }
      // The audit says that a member voted, not for whom: the ballot stays secret even from organizers.
      await this.audit.record(manager, actor, {
        entity: 'vote',
        entityId: upserted.id,
        action: upserted.inserted ? 'cast' : 'change',
        note: `Contest ${contest.id}`,
      });
      return { vote: presentUpserted(upserted), created: upserted.inserted };
    });
  }

  // No ballot row: the contest is missing (or a draft), or the entry is not one of its own.
  private async refuseMissing(manager: EntityManager, input: CastVote): Promise<never> {
    const contest = await manager.findOneBy(ContestEntity, { id: input.contestId });
    if (!contest) throw noContest();
    checkVotingOpen(contest);
    throw entryNotVotable();
  }
}
