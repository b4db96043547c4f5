import { contestStatus, resultsArePublic, type ContestEntry } from '@summitdesk/contracts';
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
