import type { EntityManager } from 'typeorm';

// The votes' own SQL (vote).
type UpsertedVote = {
  id: number;
  contest_id: number;
  entry_id: number;
  voter_id: number;
  created_at: Date;
  updated_at: Date;
  inserted: boolean;
};

// One vote per member and contest: a new one is inserted, a changed one updated; a repeat of the
// same vote changes nothing and returns undefined.
export async function upsertVote(
  manager: EntityManager,
  contestId: number,
  entryId: number,
  voterId: number,
): Promise<UpsertedVote | undefined> {
  const [upserted]: UpsertedVote[] = await manager.query(
    `INSERT INTO vote (contest_id, entry_id, voter_id) VALUES ($1, $2, $3)
     ON CONFLICT ON CONSTRAINT uq_vote_contest_voter
       DO UPDATE SET entry_id = EXCLUDED.entry_id, updated_at = now() WHERE vote.entry_id <> EXCLUDED.entry_id
     RETURNING id, contest_id, entry_id, voter_id, created_at, updated_at, (xmax = 0) AS inserted`,
    [contestId, entryId, voterId],
  );
  return upserted;
}
