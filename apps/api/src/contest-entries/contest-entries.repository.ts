import { contestStatus, resultsArePublic, type ContestEntryStatus } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import type { LoadedEntry } from './contest-entry.presenter.js';

const APPROVED: ContestEntryStatus = 'approved';

// The contest entries' own SQL (contest_entry), and the vote counts shown on them (read, never
// written, here). Entry states are bound from the contracts as parameters.

// The authors of a contest's approved entries: who hears that voting closed. The entries' answer for
// the contest, so that contests do not read this feature's table.
export async function approvedAuthorIds(manager: EntityManager, contestId: number): Promise<number[]> {
  const rows: Array<{ author_id: number }> = await manager.query(
    `SELECT DISTINCT author_id FROM contest_entry WHERE contest_id = $1 AND status = $2`,
    [contestId, APPROVED],
  );
  return rows.map((row) => row.author_id);
}

async function voteCounts(manager: EntityManager, entryIds: number[]): Promise<Map<number, number>> {
  if (entryIds.length === 0) return new Map();
  const rows: Array<{ entry_id: number; votes: number }> = await manager.query(
    `SELECT entry_id, count(*)::int AS votes FROM vote WHERE entry_id = ANY($1::int[]) GROUP BY entry_id`,
    [entryIds],
  );
  return new Map(rows.map((row) => [row.entry_id, row.votes]));
}

// Counts only for entries whose contest has closed voting: nobody, organizers included, sees a
// running tally.
export function closedVoteCounts(manager: EntityManager, entries: LoadedEntry[]): Promise<Map<number, number>> {
  const ids = entries.filter((entry) => resultsArePublic(contestStatus(entry.contest))).map((entry) => entry.id);
  return voteCounts(manager, ids);
}
