import type { ContestStage, ContestEntryStatus } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';

// The votes' own SQL (vote), and the one read of the contest and entry a ballot is cast in.
type UpsertedVote = {
  id: number;
  contest_id: number;
  entry_id: number;
  voter_id: number;
  created_at: Date;
  updated_at: Date;
  inserted: boolean;
  changed: boolean;
};

export type Ballot = {
  contest: {
    id: number;
    title: string;
    stage: ContestStage;
    entriesOpenAt: Date;
    entriesCloseAt: Date;
    votingOpensAt: Date;
    votingClosesAt: Date;
  };
  entry: { id: number; status: ContestEntryStatus; authorId: number };
};

// The contest and the entry a vote names, share-locked together (closing the vote or hiding the entry
// waits for the ballot, and the reverse) in one statement; undefined when either is missing or the
// entry is in another contest.
export async function lockBallot(manager: EntityManager, contestId: number, entryId: number): Promise<Ballot | undefined> {
  const [row]: Array<Ballot['contest'] & { entryStatus: ContestEntryStatus; authorId: number }> = await manager.query(
    `SELECT c.id, c.title, c.stage, c.entries_open_at AS "entriesOpenAt", c.entries_close_at AS "entriesCloseAt",
            c.voting_opens_at AS "votingOpensAt", c.voting_closes_at AS "votingClosesAt",
            e.status AS "entryStatus", e.author_id AS "authorId"
       FROM contest c JOIN contest_entry e ON e.contest_id = c.id AND e.id = $2
      WHERE c.id = $1
        FOR SHARE OF c, e`,
    [contestId, entryId],
  );
  if (!row) return undefined;
  const { entryStatus, authorId, ...contest } = row;
  return { contest, entry: { id: entryId, status: entryStatus, authorId } };
}

// One vote per member and contest: a new one is inserted, a changed one updated, and a repeat of the
// same vote changes nothing and comes back as it is (`changed` false) — in one statement. Undefined
// only when a concurrent first vote of the same member committed while this statement ran.
export async function upsertVote(
  manager: EntityManager,
  contestId: number,
  entryId: number,
  voterId: number,
): Promise<UpsertedVote | undefined> {
  const [upserted]: UpsertedVote[] = await manager.query(
    `WITH moved AS (
       INSERT INTO vote (contest_id, entry_id, voter_id) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT uq_vote_contest_voter
         DO UPDATE SET entry_id = EXCLUDED.entry_id, updated_at = now() WHERE vote.entry_id <> EXCLUDED.entry_id
       RETURNING id, contest_id, entry_id, voter_id, created_at, updated_at, (xmax = 0) AS inserted, true AS changed)
     SELECT * FROM moved
     UNION ALL
     SELECT id, contest_id, entry_id, voter_id, created_at, updated_at, false, false FROM vote
      WHERE contest_id = $1 AND voter_id = $3 AND NOT EXISTS (SELECT 1 FROM moved)`,
    [contestId, entryId, voterId],
  );
  return upserted;
}
