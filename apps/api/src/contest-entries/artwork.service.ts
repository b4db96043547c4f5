import { Inject, Injectable } from '@nestjs/common';
import { ContestErrorCodes } from '@summitdesk/contracts';
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { AuditService } from '../audit-log/audit.service.js';
import { badRequest, notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { saveVersioned } from '../common/record-lock.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { ArtworkLinks, type ArtworkKind } from './artwork-links.js';
import { processArtwork } from './artwork-processing.js';
import { ContestEntriesService } from './contest-entries.service.js';
import { ContestEntryEntity } from './contest-entry.entity.js';
import { isPubliclyVisible } from './contest-entry.presenter.js';
import { Transactions } from '../common/transactions.js';

export type UploadedFile = { path: string; size: number };
export type ServedFile = { stream: Readable; size?: number; contentType: string; filename: string };

@Injectable()
export class ArtworkService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly entries: ContestEntriesService,
    private readonly links: ArtworkLinks,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  // The upload sits in a temporary file (multer streamed it to disk; ArtworkUploadInterceptor removes
  // it afterwards); it is checked and re-encoded before anything is stored.
  async upload(actor: AuthUser, id: number, file: UploadedFile | undefined) {
    if (!file)
      throw badRequest(ContestErrorCodes.ARTWORK_MISSING, 'Attach the artwork as the multipart field "file"', { file: 'is required' });
    await this.transactions.run((manager) => this.entries.lockOwn(manager, actor, id));
    const processed = await processArtwork(file.path, file.size);
    const token = randomBytes(9)
      .toString('base64url')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '0');
    const artworkKey = `contest-entries/${id}/${token}.${processed.extension}`;
    const thumbnailKey = `contest-entries/${id}/${token}-thumb.webp`;
    await this.storage.put(artworkKey, processed.artwork, processed.type);
    await this.storage.put(thumbnailKey, processed.thumbnail, 'image/webp');
    let replaced: Array<string | null> = [];
    try {
      const shown = await this.transactions.run(async (manager) => {
        const entry = await this.entries.lockOwn(manager, actor, id);
        replaced = [entry.artworkKey, entry.thumbnailKey];
        const fromState = entry.status;
        // New artwork needs a fresh look from the organizers before it is public again.
        await saveVersioned(manager, ContestEntryEntity, entry, {
          artworkKey,
          thumbnailKey,
          artworkType: processed.type,
          status: fromState === 'approved' ? 'pending' : fromState,
        });
        await this.audit.record(manager, actor, {
          entity: 'contest_entry',
          entityId: id,
          action: 'upload_artwork',
          fromState,
          toState: entry.status,
          changes: { artworkType: { from: null, to: processed.type } },
        });
        return this.entries.show(manager, actor, id);
      });
      await this.removeQuietly(replaced);
      return shown;
    } catch (error) {
      await this.removeQuietly([artworkKey, thumbnailKey]);
      throw error;
    }
  }

  // Public path: approved entries for anyone, the others only with a valid signed link.
  async open(id: number, kind: ArtworkKind, expires: unknown, signature: unknown): Promise<ServedFile> {
    const entry = await this.transactions.reader
      .createQueryBuilder(ContestEntryEntity, 'entry')
      .innerJoinAndSelect('entry.contest', 'contest')
      .where('entry.id = :id', { id })
      .getOne();
    if (!entry?.contest) throw notFound('Artwork');
    if (!isPubliclyVisible(entry.status, entry.contest) && !this.links.verify(entry, kind, expires, signature)) throw notFound('Artwork');
    const key = kind === 'artwork' ? entry.artworkKey : entry.thumbnailKey;
    const opened = key ? await this.storage.open(key) : null;
    if (!key || !opened) throw notFound('Artwork');
    const contentType = kind === 'thumbnail' ? 'image/webp' : entry.artworkType!;
    return { ...opened, contentType, filename: `contest-entry-${id}-${kind}.${key.split('.').pop()}` };
  }

  private async removeQuietly(keys: Array<string | null>) {
    await Promise.all(keys.filter((key): key is string => !!key).map((key) => this.storage.remove(key).catch(() => undefined)));
  }
}
