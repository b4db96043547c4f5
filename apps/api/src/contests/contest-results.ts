import type { ContestResult, ContestTurnout } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';

// Votes per approved entry, most first; equal counts share a rank (1, 1, 3). Votes left on an entry
// that was hidden later do not count.
export async function contestResults(manager: EntityManager, contestId: number): Promise<ContestResult[]> {
  const rows: Array<{ entry_id: number; title: string; author_name: string; votes: number; rank: string }> = await manager.query(
    `SELECT e.id AS entry_id, e.title, u.name AS author_name, count(v.id)::int AS votes,
            rank() OVER (ORDER BY count(v.id) DESC) AS rank
       FROM contest_entry e
       JOIN app_user u ON u.id = e.author_id
       LEFT JOIN vote v ON v.contest_id = e.contest_id AND v.entry_id = e.id
      WHERE e.contest_id = $1 AND e.status = 'approved'
      GROUP BY e.id, u.name
      ORDER BY votes DESC, e.id`,
    [contestId],
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
              WHERE v.contest_id = $1 AND e.status = 'approved') AS voters,
            (SELECT count(*)::int FROM app_user WHERE NOT disabled) AS eligible`,
    [contestId],
  );
  return row;
}
