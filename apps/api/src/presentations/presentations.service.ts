import { Inject, Injectable } from '@nestjs/common';
import {
  CommonErrorCodes,
  PresentationErrorCodes,
  type CreatePresentation,
  type Presentation,
  type UpdatePresentation,
} from '@summitdesk/contracts';
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { badRequest, conflict, forbidden, notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { SignedFileLinks } from '../common/images/signed-file-links.js';
import { ListPage } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { Transactions } from '../common/transactions.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { PresentationEntity } from './presentation.entity.js';
import { PresentationsRepository, type PresentationRow } from './presentations.repository.js';
import { processSlides } from './slides-processing.js';
import { VisitorHits, type HitKind, type Visitor } from './visitor-hits.js';

export type SlidesUpload = { path: string; size: number };
export type ServedFile = { stream: Readable; size?: number; contentType: string; filename: string };
type FileKind = 'slides' | 'preview';

@Injectable()
export class PresentationsService {
  private readonly links: SignedFileLinks;

  constructor(
    private readonly transactions: Transactions,
    private readonly repository: PresentationsRepository,
    private readonly audit: AuditService,
    private readonly hits: VisitorHits,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.links = new SignedFileLinks(config.jwtSecret, 'slides');
  }

  // Organizers see every presentation; a speaker sees those of their own talks.
  list(viewer: AuthUser, query: Record<string, unknown>) {
    return this.page(query, viewer.role === 'organizer' ? 'all' : { speakerId: viewer.id }, false);
  }

  // The public library: listed talks only, across events or for one (`eventId`), one year (`year`) or
  // one track, searched by title, speaker and track.
  publicList(query: Record<string, unknown>) {
    return this.page(query, 'public', true);
  }

  async findOne(viewer: AuthUser, id: number): Promise<Presentation> {
    const row = await this.repository.row(this.transactions.reader, id);
    if (!row || !(viewer.role === 'organizer' || (await this.repository.isSpeaker(this.transactions.reader, viewer.id, row.submission_id))))
      throw notFound('Presentation');
    return this.present(row, false);
  }

  async publicFindOne(id: number): Promise<Presentation> {
    const row = await this.repository.row(this.transactions.reader, id);
    if (!row?.is_public) throw notFound('Presentation');
    return this.present(row, true);
  }

  // A view or download of a listed talk, once per visitor and day; answers the talk as it now stands.
  async count(id: number, kind: HitKind, visitor: Visitor): Promise<Presentation> {
    const row = await this.repository.row(this.transactions.reader, id);
    if (!row?.is_public || (kind === 'download' && !row.slides_key)) throw notFound('Presentation');
    await this.hits.count(id, kind, visitor);
    return this.publicFindOne(id);
  }

  async create(actor: AuthUser, input: CreatePresentation): Promise<Presentation> {
    const id = await this.transactions.run(async (manager) => {
      await this.checkTalk(manager, actor, input.submissionId);
      const inserted = await this.repository.insert(manager, input.submissionId, input.videoUrl ?? null);
      if (inserted === undefined)
        throw conflict(CommonErrorCodes.DUPLICATE, 'This talk already has its place in the library; upload the slides there', {
          submissionId: 'already has a presentation',
        });
      await this.audit.record(manager, actor, {
        entity: 'presentation',
        entityId: inserted,
        action: 'create',
        changes: { submissionId: { from: null, to: input.submissionId }, videoUrl: { from: null, to: input.videoUrl ?? null } },
      });
      return inserted;
    });
    return this.findOne(actor, id);
  }

  async update(actor: AuthUser, id: number, input: UpdatePresentation): Promise<Presentation> {
    await this.transactions.run(async (manager) => {
      const presentation = await this.lockOwn(manager, actor, id, input.version);
      const patch = { videoUrl: input.videoUrl === undefined ? presentation.videoUrl : input.videoUrl };
      const changes = changedFields(presentation, patch);
      if (!Object.keys(changes).length) return;
      await saveVersioned(manager, PresentationEntity, presentation, patch);
      await this.audit.record(manager, actor, { entity: 'presentation', entityId: id, action: 'update', changes });
    });
    return this.findOne(actor, id);
  }

  // The upload sits in a temporary file (SlidesUploadInterceptor removes it afterwards); it is
  // checked and its preview drawn before anything is stored.
  async uploadSlides(actor: AuthUser, id: number, file: SlidesUpload | undefined): Promise<Presentation> {
    if (!file)
      throw badRequest(PresentationErrorCodes.SLIDES_MISSING, 'Attach the slides as the multipart field "file"', { file: 'is required' });
    await this.transactions.run((manager) => this.lockOwn(manager, actor, id));
    const processed = await processSlides(file.path);
    const token = randomBytes(9)
      .toString('base64url')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '0');
    const slidesKey = `presentations/${id}/${token}.pdf`;
    const previewKey = `presentations/${id}/${token}-preview.webp`;
    await this.storage.put(slidesKey, processed.pdf, 'application/pdf');
    await this.storage.put(previewKey, processed.preview, 'image/webp');
    let replaced: Array<string | null> = [];
    try {
      await this.transactions.run(async (manager) => {
        const presentation = await this.lockOwn(manager, actor, id);
        replaced = [presentation.slidesKey, presentation.previewKey];
        await saveVersioned(manager, PresentationEntity, presentation, {
          slidesKey,
          previewKey,
          slidesSize: processed.pdf.length,
          pageCount: processed.pageCount,
          uploadedAt: presentation.uploadedAt ?? new Date(),
        });
        await this.audit.record(manager, actor, {
          entity: 'presentation',
          entityId: id,
          action: 'upload_slides',
          changes: { pageCount: { from: null, to: processed.pageCount }, slidesSize: { from: null, to: processed.pdf.length } },
        });
      });
    } catch (error) {
      await this.removeQuietly([slidesKey, previewKey]);
      throw error;
    }
    await this.removeQuietly(replaced);
    return this.findOne(actor, id);
  }

  // Public path: listed talks for anyone, the others only through a signed link handed to their
  // speakers and the organizers.
  async open(id: number, kind: FileKind, access: { expires: unknown; signature: unknown }): Promise<ServedFile> {
    const row = await this.repository.row(this.transactions.reader, id);
    const key = kind === 'slides' ? row?.slides_key : row?.preview_key;
    if (!row || !key) throw notFound('File');
    const signed = this.links.verify(id, kind, key, access.expires, access.signature);
    if (!row.is_public && !signed) throw notFound('File');
    const opened = await this.storage.open(key);
    if (!opened) throw notFound('File');
    return kind === 'slides'
      ? { ...opened, contentType: 'application/pdf', filename: `${row.event_slug}-${id}.pdf` }
      : { ...opened, contentType: 'image/webp', filename: `${row.event_slug}-${id}-preview.webp` };
  }

  // For the weekly digest: talks that entered the public library since `since`, most viewed first.
  async newSince(since: Date, limit = 20): Promise<Presentation[]> {
    const rows = await this.repository.newSince(this.transactions.reader, since, limit);
    return rows.map((row) => this.present(row, true));
  }

  // Only a speaker of the talk writes to its presentation, and only while the talk is accepted or
  // confirmed; organizers read every presentation but change none they do not speak in.
  private async checkTalk(manager: EntityManager, actor: AuthUser, submissionId: number) {
    const talk = await this.repository.talk(manager, submissionId);
    if (!talk || !(await this.repository.isSpeaker(manager, actor.id, submissionId))) {
      if (talk && actor.role === 'organizer') throw forbidden('Only the speakers of a talk upload its slides');
      throw notFound('Talk');
    }
    if (!talk.released || !['accepted', 'confirmed'].includes(talk.status))
      throw conflict(PresentationErrorCodes.TALK_NOT_ACCEPTED, `Slides go with accepted or confirmed talks; this one is ${talk.status}`, {
        submissionId: 'must be an accepted or confirmed talk',
      });
  }

  private async lockOwn(manager: EntityManager, actor: AuthUser, id: number, version?: number): Promise<PresentationEntity> {
    const presentation = await manager.findOne(PresentationEntity, { where: { id } });
    if (!presentation) throw notFound('Presentation');
    if (actor.role !== 'organizer' && !(await this.repository.isSpeaker(manager, actor.id, presentation.submissionId)))
      throw notFound('Presentation');
    await this.checkTalk(manager, actor, presentation.submissionId);
    return lockForUpdate(manager, PresentationEntity, id, 'Presentation', version);
  }

  private async page(query: Record<string, unknown>, scope: 'all' | 'public' | { speakerId: number }, isPublic: boolean) {
    const { rows, start, total } = await this.repository.page(this.transactions.reader, query, scope);
    return new ListPage(
      'presentations',
      rows.map((row) => this.present(row, isPublic)),
      start,
      total,
    );
  }

  private present(row: PresentationRow, isPublic: boolean): Presentation {
    const url = (kind: FileKind, key: string | null) =>
      this.links.url(`/api/public/presentations/${row.id}/${kind}`, row.id, kind, key, row.is_public);
    return {
      id: row.id,
      submissionId: row.submission_id,
      title: row.title,
      track: row.track,
      format: row.format,
      eventId: row.event_id,
      eventName: row.event_name,
      eventSlug: row.event_slug,
      year: row.year,
      speakers: row.speakers ?? [],
      slidesUrl: url('slides', row.slides_key),
      previewUrl: url('preview', row.preview_key),
      videoUrl: row.video_url,
      pageCount: row.page_count,
      uploadedAt: row.uploaded_at ? new Date(row.uploaded_at).toISOString() : null,
      views: row.views,
      downloads: row.downloads,
      isPublic: isPublic || row.is_public,
      version: row.version,
    };
  }

  private async removeQuietly(keys: Array<string | null>) {
    await Promise.all(keys.filter((key): key is string => !!key).map((key) => this.storage.remove(key).catch(() => undefined)));
  }
}
