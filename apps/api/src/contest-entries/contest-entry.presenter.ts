import { contestStatus, resultsArePublic, type ContestEntry } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth-user.js';
import type { ArtworkLinks } from './artwork-links.js';
import type { ContestEntryEntity } from './contest-entry.entity.js';

// Entries are loaded with their contest and author (see withContestAndAuthor in the service).
export type LoadedEntry = ContestEntryEntity & Required<Pick<ContestEntryEntity, 'contest' | 'author'>>;

export const isPubliclyVisible = (status: ContestEntryEntity['status'], contest: { stage: string }) =>
  status === 'approved' && contest.stage !== 'draft';

export function presentEntry(entry: LoadedEntry, viewer: AuthUser, links: ArtworkLinks, votes: Map<number, number>): ContestEntry {
  const mayModerate = viewer.role === 'organizer' || viewer.id === entry.authorId;
  return {
    id: entry.id,
    contestId: entry.contestId,
    authorId: entry.authorId,
    authorName: entry.author.name,
    title: entry.title,
    description: entry.description,
    licenseAccepted: true,
    license: entry.license,
    licenseAcceptedAt: entry.licenseAcceptedAt.toISOString(),
    status: entry.status,
    hiddenReason: mayModerate ? entry.hiddenReason : null,
    ...links.forEntry(entry, isPubliclyVisible(entry.status, entry.contest)),
    artworkType: entry.artworkType,
    votes: resultsArePublic(contestStatus(entry.contest)) ? (votes.get(entry.id) ?? 0) : null,
    version: entry.version,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
  };
}

// Counts only for entries whose contest has closed voting: nobody, organizers included, sees a
// running tally.
export async function closedVoteCounts(manager: EntityManager, entries: LoadedEntry[]): Promise<Map<number, number>> {
  const ids = entries.filter((entry) => resultsArePublic(contestStatus(entry.contest))).map((entry) => entry.id);
  if (ids.length === 0) return new Map();
  const rows: Array<{ entry_id: number; votes: number }> = await manager.query(
    `SELECT entry_id, count(*)::int AS votes FROM vote WHERE entry_id = ANY($1::int[]) GROUP BY entry_id`,
    [ids],
  );
  return new Map(rows.map((row) => [row.entry_id, row.votes]));
}
