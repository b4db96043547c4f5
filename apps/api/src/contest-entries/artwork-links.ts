import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { SignedFileLinks } from '../common/images/signed-file-links.js';

export type ArtworkKind = 'artwork' | 'thumbnail';
type LinkedEntry = { id: number; artworkKey: string | null; thumbnailKey: string | null };

// Approved entries are public anyway; the others (pending, hidden) are reachable only through a
// signed link, handed to the author and organizers in API responses.
@Injectable()
export class ArtworkLinks {
  private readonly links: SignedFileLinks;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.links = new SignedFileLinks(config.jwtSecret, 'artwork');
  }

  forEntry(entry: LinkedEntry, isPublic: boolean): { artworkUrl: string | null; thumbnailUrl: string | null } {
    return { artworkUrl: this.url(entry, 'artwork', isPublic), thumbnailUrl: this.url(entry, 'thumbnail', isPublic) };
  }

  verify(entry: LinkedEntry, kind: ArtworkKind, expires: unknown, signature: unknown, now = Date.now()): boolean {
    return this.links.verify(entry.id, kind, fileKeyOf(entry, kind), expires, signature, now);
  }

  private url(entry: LinkedEntry, kind: ArtworkKind, isPublic: boolean): string | null {
    return this.links.url(`/api/public/contest-entries/${entry.id}/${kind}`, entry.id, kind, fileKeyOf(entry, kind), isPublic);
  }
}

const fileKeyOf = (entry: LinkedEntry, kind: ArtworkKind) => (kind === 'artwork' ? entry.artworkKey : entry.thumbnailKey);
