import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ContestEntryFacts, GalleryEntry } from '../contests/contest-entry-facts.js';
import { approvedAuthorIds } from './contest-entries.repository.js';
import { ArtworkLinks } from './artwork-links.js';
import { ContestEntryEntity } from './contest-entry.entity.js';

// The entries' answers to what contests ask (see CONTEST_ENTRY_FACTS).
@Injectable()
export class ContestEntryFactsService implements ContestEntryFacts {
  constructor(private readonly links: ArtworkLinks) {}

  hasEntries(manager: EntityManager, contestId: number): Promise<boolean> {
    return manager.existsBy(ContestEntryEntity, { contestId });
  }

  approvedAuthorIds(manager: EntityManager, contestId: number): Promise<number[]> {
    return approvedAuthorIds(manager, contestId);
  }

  async approvedEntry(manager: EntityManager, contestId: number, entryId: number) {
    const entry = await manager.findOneBy(ContestEntryEntity, { id: entryId, contestId });
    return entry && entry.status === 'approved' ? { id: entry.id, title: entry.title, authorId: entry.authorId } : null;
  }

  async publicGallery(manager: EntityManager, contestId: number): Promise<GalleryEntry[]> {
    const entries = await manager
      .createQueryBuilder(ContestEntryEntity, 'entry')
      .innerJoinAndSelect('entry.author', 'author')
      .where('entry.contest_id = :id AND entry.status = :approved', { id: contestId, approved: 'approved' })
      .getMany();
    return entries.map((entry) => ({
      id: entry.id,
      title: entry.title,
      description: entry.description,
      authorName: entry.author!.name,
      ...this.links.forEntry(entry, true),
    }));
  }
}
