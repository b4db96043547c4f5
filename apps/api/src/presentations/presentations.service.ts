import { Inject, Injectable } from '@nestjs/common';
import {
  CommonErrorCodes,
  PresentationErrorCodes,
  type CreatePresentation,
  type Presentation,
  type PresentationSpeaker,
  type UpdatePresentation,
} from '@summitdesk/contracts';
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { badRequest, conflict, forbidden, notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { SignedFileLinks } from '../common/images/signed-file-links.js';
import { ListPage, parseListQuery, type ListSpec } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { PresentationEntity } from './presentation.entity.js';
import { processSlides } from './slides-processing.js';
import { VisitorHits, type HitKind, type Visitor } from './visitor-hits.js';

export type SlidesUpload = { path: string; size: number };
export type ServedFile = { stream: Readable; size?: number; contentType: string; filename: string };
type FileKind = 'slides' | 'preview';

// Talks whose speakers may be named in public: accepted or confirmed, once the chair has released the
// decisions (before that, even an accepted talk is the committee's secret).
const TALK_PUBLIC = `(cfp.decisions_released_at IS NOT NULL AND s.status IN ('accepted', 'confirmed'))`;
const LISTED = `(${TALK_PUBLIC} AND (p.slides_key IS NOT NULL OR p.video_url IS NOT NULL))`;
const VIEWS = `(SELECT count(*) FROM presentation_hit h WHERE h.presentation_id = p.id AND h.kind = 'view')`;
const DOWNLOADS = `(SELECT count(*) FROM presentation_hit h WHERE h.presentation_id = p.id AND h.kind = 'download')`;
const SELECT = `
  SELECT p.id, p.submission_id, p.slides_key, p.preview_key, p.video_url, p.page_count, p.uploaded_at, p.version,
         s.title, s.track, s.format, e.id AS event_id, e.name AS event_name, e.slug AS event_slug,
         EXTRACT(YEAR FROM e.start_date)::int AS year, ${LISTED} AS is_public,
         (SELECT json_agg(json_build_object('name', sp.name, 'affiliation', sp.affiliation) ORDER BY sp.position)
            FROM submission_speaker sp WHERE sp.submission_id = s.id AND sp.status = 'accepted' AND sp.name IS NOT NULL) AS speakers,
         ${VIEWS}::int AS views, ${DOWNLOADS}::int AS downloads`;
const FROM = `
    FROM presentation p
    JOIN submission s ON s.id = p.submission_id
    JOIN cfp ON cfp.id = s.cfp_id
    JOIN event e ON e.id = cfp.event_id`;

type Row = {
  id: number;
  submission_id: number;
  slides_key: string | null;
  preview_key: string | null;
  video_url: string | null;
  page_count: number | null;
  uploaded_at: Date | null;
  version: number;
  title: string;
  track: string | null;
  format: string;
  event_id: number;
  event_name: string;
  event_slug: string;
  year: number;
  is_public: boolean;
  speakers: PresentationSpeaker[] | null;
  views: number;
  downloads: number;
};

const listSpec: ListSpec = {
  resource: 'presentations',
  sortable: {
    views: VIEWS,
    downloads: DOWNLOADS,
    title: 's.title',
    uploadedAt: 'p.uploaded_at',
    year: 'e.start_date',
    eventId: 'e.start_date',
    id: 'p.id',
  },
  // Filters are applied by `where` below; the spec names them for the error messages.
  filterable: {},
  search: 's.title',
  defaultSort: ['uploadedAt', 'DESC'],
  idColumn: 'p.id',
};

const INT_FILTERS: Record<string, string> = {
  eventId: 'e.id',
  submissionId: 'p.submission_id',
  year: 'EXTRACT(YEAR FROM e.start_date)::int',
};

@Injectable()
export class PresentationsService {
  private readonly links: SignedFileLinks;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly hits: VisitorHits,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.links = new SignedFileLinks(config.jwtSecret, 'slides');
  }

  // Organizers see every presentation; a speaker sees those of their own talks.
  list(viewer: AuthUser, query: Record<string, unknown>) {
    return this.page(query, viewer.role === 'organizer' ? [] : [this.speakerCondition(viewer)], false);
  }

  // The public library: listed talks only, across events or for one (`eventId`), one year (`year`) or
  // one track, searched by title, speaker and track.
  publicList(query: Record<string, unknown>) {
    return this.page(query, [LISTED], true);
  }

  async findOne(viewer: AuthUser, id: number): Promise<Presentation> {
    const row = await this.row(this.dataSource.manager, id);
    if (!row || !(viewer.role === 'organizer' || (await this.isSpeaker(this.dataSource.manager, viewer, row.submission_id))))
      throw notFound('Presentation');
    return this.present(row, false);
  }

  async publicFindOne(id: number): Promise<Presentation> {
    const row = await this.row(this.dataSource.manager, id);
    if (!row?.is_public) throw notFound('Presentation');
    return this.present(row, true);
  }

  // A view or download of a listed talk, once per visitor and day; answers the talk as it now stands.
  async count(id: number, kind: HitKind, visitor: Visitor): Promise<Presentation> {
    const row = await this.row(this.dataSource.manager, id);
    if (!row?.is_public || (kind === 'download' && !row.slides_key)) throw notFound('Presentation');
    await this.hits.count(id, kind, visitor);
    return this.publicFindOne(id);
  }

  async create(actor: AuthUser, input: CreatePresentation): Promise<Presentation> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.checkTalk(manager, actor, input.submissionId);
      const inserted: Array<{ id: number }> = await manager.query(
        `INSERT INTO presentation (submission_id, video_url) VALUES ($1, $2) ON CONFLICT (submission_id) DO NOTHING RETURNING id`,
        [input.submissionId, input.videoUrl ?? null],
      );
      if (!inserted.length)
        throw conflict(CommonErrorCodes.DUPLICATE, 'This talk already has its place in the library; upload the slides there', {
          submissionId: 'already has a presentation',
        });
      await this.audit.record(manager, actor, {
        entity: 'presentation',
        entityId: inserted[0].id,
        action: 'create',
        changes: { submissionId: { from: null, to: input.submissionId }, videoUrl: { from: null, to: input.videoUrl ?? null } },
      });
      return inserted[0].id;
    });
    return this.findOne(actor, id);
  }

  async update(actor: AuthUser, id: number, input: UpdatePresentation): Promise<Presentation> {
    await this.dataSource.transaction(async (manager) => {
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
    await this.dataSource.transaction((manager) => this.lockOwn(manager, actor, id));
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
      await this.dataSource.transaction(async (manager) => {
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
    const row = await this.row(this.dataSource.manager, id);
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
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} ${FROM} WHERE ${LISTED} AND p.uploaded_at >= $1 ORDER BY views DESC, p.id LIMIT $2`,
      [since, limit],
    );
    return rows.map((row) => this.present(row, true));
  }

  private async page(query: Record<string, unknown>, conditions: string[], isPublic: boolean): Promise<ListPage<Presentation>> {
    const { filter, rest } = splitFilter(query);
    const list = parseListQuery(rest, listSpec);
    const where = [...conditions];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    for (const [key, raw] of Object.entries(filter)) {
      if (raw === undefined || raw === null || raw === '') continue;
      if (key === 'q') {
        if (typeof raw !== 'string' || raw.length > 200) throw badFilter('q', 'must be text');
        const like = param(`%${raw.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        where.push(`(s.title ILIKE ${like} OR coalesce(s.track, '') ILIKE ${like} OR EXISTS (
          SELECT 1 FROM submission_speaker q_sp
           WHERE q_sp.submission_id = s.id AND q_sp.status = 'accepted' AND q_sp.name ILIKE ${like}))`);
      } else if (key === 'track') {
        if (typeof raw !== 'string' || raw.length > 200) throw badFilter('track', 'must be text');
        where.push(`s.track = ${param(raw)}`);
      } else if (key === 'id' || Object.hasOwn(INT_FILTERS, key)) {
        const values = [raw].flat();
        if (values.length > 500 || !values.every((value) => /^\d{1,10}$/.test(String(value)) && Number(value) <= 2_147_483_647))
          throw badFilter(key, 'must be a whole number or a list of them');
        where.push(`${key === 'id' ? 'p.id' : INT_FILTERS[key]} = ANY(${param(values.map(Number))}::int[])`);
      } else {
        throw badFilter(key, `is not a filterable field; filterable: q, track, id, ${Object.keys(INT_FILTERS).join(', ')}`);
      }
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }]: Array<{ total: number }> = await this.dataSource.query(`SELECT count(*)::int AS total ${FROM} ${whereSql}`, params);
    const order = `${listSpec.sortable[list.sort]} ${list.order} NULLS ${list.order === 'ASC' ? 'FIRST' : 'LAST'}, p.id ${list.order}`;
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} ${FROM} ${whereSql} ORDER BY ${order} OFFSET ${param(list.start)} LIMIT ${param(list.end - list.start + 1)}`,
      params,
    );
    return new ListPage(
      'presentations',
      rows.map((row) => this.present(row, isPublic)),
      list.start,
      total,
    );
  }

  private speakerCondition(viewer: AuthUser): string {
    // The viewer's id is a number from the verified token, never client text.
    return (
      `EXISTS (SELECT 1 FROM submission_speaker own WHERE own.submission_id = s.id ` +
      `AND own.user_id = ${Number(viewer.id)} AND own.status = 'accepted')`
    );
  }

  private async row(manager: EntityManager, id: number): Promise<Row | undefined> {
    const [row]: Row[] = await manager.query(`${SELECT} ${FROM} WHERE p.id = $1`, [id]);
    return row;
  }

  private async isSpeaker(manager: EntityManager, actor: AuthUser, submissionId: number): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM submission_speaker WHERE submission_id = $1 AND user_id = $2 AND status = 'accepted'`,
      [submissionId, actor.id],
    );
    return rows.length > 0;
  }

  // Only a speaker of the talk writes to its presentation, and only while the talk is accepted or
  // confirmed; organizers read every presentation but change none they do not speak in.
  private async checkTalk(manager: EntityManager, actor: AuthUser, submissionId: number) {
    const [talk]: Array<{ status: string; released: boolean }> = await manager.query(
      `SELECT s.status, cfp.decisions_released_at IS NOT NULL AS released FROM submission s JOIN cfp ON cfp.id = s.cfp_id WHERE s.id = $1`,
      [submissionId],
    );
    if (!talk || !(await this.isSpeaker(manager, actor, submissionId))) {
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
    if (actor.role !== 'organizer' && !(await this.isSpeaker(manager, actor, presentation.submissionId))) throw notFound('Presentation');
    await this.checkTalk(manager, actor, presentation.submissionId);
    return lockForUpdate(manager, PresentationEntity, id, 'Presentation', version);
  }

  private present(row: Row, isPublic: boolean): Presentation {
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

const badFilter = (field: string, what: string) =>
  badRequest(CommonErrorCodes.BAD_LIST_QUERY, `filter.${field} ${what}`, { [field]: what });

// The filter is read here (it names joined columns and a speaker search); sort and range go through
// the shared parser.
function splitFilter(query: Record<string, unknown>): { filter: Record<string, unknown>; rest: Record<string, unknown> } {
  const { filter: raw, ...rest } = query;
  if (raw === undefined || raw === '') return { filter: {}, rest };
  if (typeof raw !== 'string') throw badFilter('filter', 'must be given once, as JSON');
  let filter: unknown;
  try {
    filter = JSON.parse(raw);
  } catch {
    throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, 'filter is not valid JSON', { filter: 'is not valid JSON' });
  }
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, 'filter must be a JSON object', { filter: 'must be a JSON object' });
  return { filter: filter as Record<string, unknown>, rest };
}
