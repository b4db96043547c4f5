import { Injectable } from '@nestjs/common';
import { CommonErrorCodes, type PresentationSpeaker } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { badRequest } from '../common/app-error.js';
import { parseListQuery, type ListSpec } from '../common/list-query.js';

// The presentations' own SQL (presentation), reading the talks, their speakers and events with it.

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

export type PresentationRow = {
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

type PageScope = 'all' | 'public' | { speakerId: number };
type PresentationPage = { rows: PresentationRow[]; start: number; total: number };
type Talk = { status: string; released: boolean };

@Injectable()
export class PresentationsRepository {
  // One page of presentations: every one (`all`), the listed ones (`public`) or those of one speaker's talks.
  async page(manager: EntityManager, query: Record<string, unknown>, scope: PageScope): Promise<PresentationPage> {
    const conditions = scope === 'all' ? [] : scope === 'public' ? [LISTED] : [speakerCondition(scope.speakerId)];
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
    const [{ total }]: Array<{ total: number }> = await manager.query(`SELECT count(*)::int AS total ${FROM} ${whereSql}`, params);
    const order = `${listSpec.sortable[list.sort]} ${list.order} NULLS ${list.order === 'ASC' ? 'FIRST' : 'LAST'}, p.id ${list.order}`;
    const rows: PresentationRow[] = await manager.query(
      `${SELECT} ${FROM} ${whereSql} ORDER BY ${order} OFFSET ${param(list.start)} LIMIT ${param(list.end - list.start + 1)}`,
      params,
    );
    return { rows, start: list.start, total };
  }

  async row(manager: EntityManager, id: number): Promise<PresentationRow | undefined> {
    const [row]: PresentationRow[] = await manager.query(`${SELECT} ${FROM} WHERE p.id = $1`, [id]);
    return row;
  }

  // For the weekly digest: talks that entered the public library since `since`, most viewed first.
  newSince(manager: EntityManager, since: Date, limit: number): Promise<PresentationRow[]> {
    return manager.query(`${SELECT} ${FROM} WHERE ${LISTED} AND p.uploaded_at >= $1 ORDER BY views DESC, p.id LIMIT $2`, [since, limit]);
  }

  // For the digest's "new presentations": talks uploaded within the issue's week and listed in public.
  uploadedBetween(manager: EntityManager, from: Date, to: Date, limit: number): Promise<PresentationRow[]> {
    return manager.query(
      `${SELECT} ${FROM} WHERE ${LISTED} AND p.uploaded_at >= $1 AND p.uploaded_at < $2 ORDER BY e.start_date DESC, s.title, p.id LIMIT $3`,
      [from, to, limit],
    );
  }

  async isSpeaker(manager: EntityManager, userId: number, submissionId: number): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM submission_speaker WHERE submission_id = $1 AND user_id = $2 AND status = 'accepted'`,
      [submissionId, userId],
    );
    return rows.length > 0;
  }

  async talk(manager: EntityManager, submissionId: number): Promise<Talk | undefined> {
    const [talk]: Talk[] = await manager.query(
      `SELECT s.status, cfp.decisions_released_at IS NOT NULL AS released FROM submission s JOIN cfp ON cfp.id = s.cfp_id WHERE s.id = $1`,
      [submissionId],
    );
    return talk;
  }

  // The new presentation's id, or undefined when the talk already has one.
  async insert(manager: EntityManager, submissionId: number, videoUrl: string | null): Promise<number | undefined> {
    const inserted: Array<{ id: number }> = await manager.query(
      `INSERT INTO presentation (submission_id, video_url) VALUES ($1, $2) ON CONFLICT (submission_id) DO NOTHING RETURNING id`,
      [submissionId, videoUrl],
    );
    return inserted[0]?.id;
  }
}

function speakerCondition(speakerId: number): string {
  // The viewer's id is a number from the verified token, never client text.
  return (
    `EXISTS (SELECT 1 FROM submission_speaker own WHERE own.submission_id = s.id ` +
    `AND own.user_id = ${Number(speakerId)} AND own.status = 'accepted')`
  );
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
