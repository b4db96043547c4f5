import type { ContestEntryStatus, ContestResult, ContestStage, ContestTurnout } from '@summitdesk/contracts';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ContestEntity } from './contest.entity.js';

// The contests' own SQL (contest), and the tallies of its results: entries and votes are read, never
// written, here. Entry states are bound from the contracts as parameters.
const COUNTED: ContestEntryStatus = 'approved';
const DRAFT: ContestStage = 'draft';

// Published contests, as visitors may list them.
export function publishedContests(manager: EntityManager): SelectQueryBuilder<ContestEntity> {
  return manager.getRepository(ContestEntity).createQueryBuilder('contest').where('contest.stage <> :draft', { draft: DRAFT });
}

// Published contests whose voting opened in the last two days and is still open, with the authors of
// their approved entries (the job runs every five minutes; two days ride out any downtime).
export async function recentlyOpenedContests(
  manager: EntityManager,
  now: Date,
): Promise<Array<{ id: number; title: string; voting_closes_at: Date; time_zone: string; author_ids: number[] }>> {
  return manager.query(
    `SELECT c.id, c.title, c.voting_closes_at, c.time_zone,
            coalesce(array_agg(DISTINCT e.author_id) FILTER (WHERE e.author_id IS NOT NULL), '{}') AS author_ids
     FROM contest c LEFT JOIN contest_entry e ON e.contest_id = c.id AND e.status = $2
     WHERE c.stage <> $3 AND c.voting_opens_at <= $1 AND c.voting_opens_at > $1::timestamptz - interval '2 days'
       AND c.voting_closes_at > $1
     GROUP BY c.id ORDER BY c.id`,
    [now, COUNTED, DRAFT],
  );
}

// The authors of approved entries in contests whose voting closed in the last fortnight.
export function recentlyClosedAuthors(
  manager: EntityManager,
  now: Date,
): Promise<Array<{ contest_id: number; title: string; author_id: number }>> {
  return manager.query(
    `SELECT DISTINCT c.id AS contest_id, c.title, e.author_id
     FROM contest c JOIN contest_entry e ON e.contest_id = c.id AND e.status = $2
     WHERE c.stage <> $3 AND c.voting_closes_at <= $1 AND c.voting_closes_at > $1::timestamptz - interval '14 days'`,
    [now, COUNTED, DRAFT],
  );
}

// Votes per approved entry, most first; equal counts share a rank (1, 1, 3). Votes left on an entry
// that was hidden later do not count.
export async function contestResults(manager: EntityManager, contestId: number): Promise<ContestResult[]> {
  const rows: Array<{ entry_id: number; title: string; author_name: string; votes: number; rank: string }> = await manager.query(
    `SELECT e.id AS entry_id, e.title, u.name AS author_name, count(v.id)::int AS votes,
            rank() OVER (ORDER BY count(v.id) DESC) AS rank
       FROM contest_entry e
       JOIN app_user u ON u.id = e.author_id
       LEFT JOIN vote v ON v.contest_id = e.contest_id AND v.entry_id = e.id
      WHERE e.contest_id = $1 AND e.status = $2
      GROUP BY e.id, u.name
      ORDER BY votes DESC, e.id`,
    [contestId, COUNTED],
  );
  return rows.map((row) => ({
    entryId: row.entry_id,
    title: row.title,
    authorName: row.author_name,
    votes: row.votes,
    rank: Number(row.rank),
  }));
}

// Voters whose vote counts, out of everyone with an active account.
export async function contestTurnout(manager: EntityManager, contestId: number): Promise<ContestTurnout> {
  const [row]: Array<{ voters: number; eligible: number }> = await manager.query(
    `SELECT (SELECT count(*)::int FROM vote v JOIN contest_entry e ON e.id = v.entry_id
              WHERE v.contest_id = $1 AND e.status = $2) AS voters,
            (SELECT count(*)::int FROM app_user WHERE NOT disabled) AS eligible`,
    [contestId, COUNTED],
  );
  return row;
}
