import type { EntityManager } from 'typeorm';

// What contests need to know about their entries. The contest-entries feature depends on contests (an
// entry belongs to a contest), so contests ask through this port instead of importing that feature;
// ContestEntriesModule provides it and AppModule hands it to ContestsModule.
export const CONTEST_ENTRY_FACTS = Symbol('CONTEST_ENTRY_FACTS');

export type GalleryEntry = {
  id: number;
  title: string;
  description: string;
  authorName: string;
  artworkUrl: string | null;
  thumbnailUrl: string | null;
};

export interface ContestEntryFacts {
  // Whether the contest has any entry at all (its licence is then fixed).
  hasEntries(manager: EntityManager, contestId: number): Promise<boolean>;
  // The authors of the contest's approved entries.
  approvedAuthorIds(manager: EntityManager, contestId: number): Promise<number[]>;
  // One approved entry of the contest, or null when it is not one (missing, other contest, not approved).
  approvedEntry(
    manager: EntityManager,
    contestId: number,
    entryId: number,
  ): Promise<{ id: number; title: string; authorId: number } | null>;
  // The contest's approved entries as the public gallery shows them, with public artwork links.
  publicGallery(manager: EntityManager, contestId: number): Promise<GalleryEntry[]>;
}
