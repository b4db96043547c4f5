import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

export type ArtworkKind = 'artwork' | 'thumbnail';
type LinkedEntry = { id: number; artworkKey: string | null; thumbnailKey: string | null };

const HOUR = 3600;

// Browsers load images without the bearer token, so artwork is served from a public path. Approved
// entries are public anyway; the others (pending, hidden) are reachable only through a signed link
// that names the current file and expires, handed to the author and organizers in API responses.
// The key is derived from JWT_SECRET, which every replica shares.
@Injectable()
export class ArtworkLinks {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.jwtSecret).update('summitdesk artwork links').digest();
  }

  forEntry(entry: LinkedEntry, isPublic: boolean): { artworkUrl: string | null; thumbnailUrl: string | null } {
    return { artworkUrl: this.url(entry, 'artwork', isPublic), thumbnailUrl: this.url(entry, 'thumbnail', isPublic) };
  }

  verify(entry: LinkedEntry, kind: ArtworkKind, expires: unknown, signature: unknown, now = Date.now()): boolean {
    const fileKey = kind === 'artwork' ? entry.artworkKey : entry.thumbnailKey;
    if (!fileKey || typeof expires !== 'string' || typeof signature !== 'string' || !/^\d{1,12}$/.test(expires)) return false;
    if (Number(expires) * 1000 < now) return false;
    const expected = Buffer.from(this.sign(entry.id, kind, fileKey, expires));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private url(entry: LinkedEntry, kind: ArtworkKind, isPublic: boolean): string | null {
    const fileKey = kind === 'artwork' ? entry.artworkKey : entry.thumbnailKey;
    if (!fileKey) return null;
    // The file's own name changes with every upload, so browsers may cache a link as long as they like.
    const base = `/api/public/contest-entries/${entry.id}/${kind}?v=${fileKey.split('/').pop()!.slice(0, 12)}`;
    if (isPublic) return base;
    // Rounded to the hour so that a page reloaded within the hour reuses cached images.
    const expires = String((Math.floor(Date.now() / 1000 / HOUR) + 2) * HOUR);
    return `${base}&expires=${expires}&signature=${this.sign(entry.id, kind, fileKey, expires)}`;
  }

  private sign(entryId: number, kind: ArtworkKind, fileKey: string, expires: string): string {
    return createHmac('sha256', this.key).update(`${entryId}\n${kind}\n${fileKey}\n${expires}`).digest('base64url');
  }
}
