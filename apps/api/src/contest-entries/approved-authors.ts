import type { ContestEntryStatus } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';

const APPROVED: ContestEntryStatus = 'approved';

// The authors of a contest's approved entries: who hears that voting closed. The entries' answer for
// the contest, so that contests do not read this feature's table.
export async function approvedAuthorIds(manager: EntityManager, contestId: number): Promise<number[]> {
  const rows: Array<{ author_id: number }> = await manager.query(
    `SELECT DISTINCT author_id FROM contest_entry WHERE contest_id = $1 AND status = $2`,
    [contestId, APPROVED],
  );
  return rows.map((row) => row.author_id);
}
