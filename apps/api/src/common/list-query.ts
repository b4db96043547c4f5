import { CommonErrorCodes, IsoDateSchema } from '@summitdesk/contracts';
import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { badRequest } from './app-error.js';

export const MAX_RANGE = 500;
const DEFAULT_RANGE: [number, number] = [0, 24];

type FilterType = 'int' | 'text' | 'bool' | 'date' | 'instant';

type FilterField = {
  // SQL expression the filter compares against, e.g. `event.start_date`.
  column: string;
  type: FilterType;
  // Allowed values for enum-like text fields.
  values?: readonly string[];
  // `_gte` / `_lte` suffixes allowed (dates and numbers).
  range?: boolean;
};

// What one resource's list allows: every sortable and filterable field is backed by an index.
export type ListSpec = {
  resource: string;
  sortable: Record<string, string>;
  filterable: Record<string, FilterField>;
  // SQL expression searched by `q`; a trigram GIN index on the same expression keeps it fast.
  search?: string;
  defaultSort: [string, 'ASC' | 'DESC'];
  // Tie-breaker so pages are stable when the sort column repeats.
  idColumn: string;
};

export type ListQuery = {
  sort: string;
  order: 'ASC' | 'DESC';
  start: number;
  end: number;
  filter: Record<string, unknown>;
};

function parseJson(name: string, raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string')
    throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, `${name} must be given once, as JSON`, { [name]: 'must be JSON' });
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, `${name} is not valid JSON`, { [name]: 'is not valid JSON' });
  }
}

const ALLOWED_PARAMS = new Set(['sort', 'range', 'filter']);

// Field names come from the client, so a spec answers for its own names only: an inherited name such
// as `__proto__` or `constructor` would otherwise pass the allowlist and hand Object.prototype to the
// query builder, which then writes into it and poisons every object of the process.
function ownEntry<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

export function parseListQuery(query: Record<string, unknown>, spec: ListSpec): ListQuery {
  for (const key of Object.keys(query)) {
    if (!ALLOWED_PARAMS.has(key)) {
      throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, `Unknown query parameter "${key}"; use sort, range and filter`, {
        [key]: 'is not a known parameter',
      });
    }
  }
  const sortValue = parseJson('sort', query.sort) ?? spec.defaultSort;
  if (
    !Array.isArray(sortValue) ||
    sortValue.length !== 2 ||
    typeof sortValue[0] !== 'string' ||
    !['ASC', 'DESC'].includes(String(sortValue[1]).toUpperCase())
  ) {
    throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, 'sort must look like ["field","ASC"]', { sort: 'must look like ["field","ASC"]' });
  }
  if (ownEntry(spec.sortable, sortValue[0]) === undefined) {
    throw badRequest(
      CommonErrorCodes.BAD_LIST_QUERY,
      `Cannot sort ${spec.resource} by "${sortValue[0]}"; sortable: ${Object.keys(spec.sortable).join(', ')}`,
      { sort: 'is not a sortable field' },
    );
  }

  const rangeValue = parseJson('range', query.range) ?? DEFAULT_RANGE;
  if (
    !Array.isArray(rangeValue) ||
    rangeValue.length !== 2 ||
    !rangeValue.every((n) => Number.isInteger(n) && n >= 0) ||
    rangeValue[1] < rangeValue[0]
  ) {
    throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, 'range must look like [0,24] with start ≤ end', { range: 'must look like [0,24]' });
  }
  const start = rangeValue[0] as number;
  // Capped so that no request can ask for the whole table at once.
  const end = Math.min(rangeValue[1] as number, start + MAX_RANGE - 1);

  const filterValue = parseJson('filter', query.filter) ?? {};
  if (typeof filterValue !== 'object' || filterValue === null || Array.isArray(filterValue)) {
    throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, 'filter must be a JSON object', { filter: 'must be a JSON object' });
  }
  return {
    sort: sortValue[0],
    order: String(sortValue[1]).toUpperCase() as 'ASC' | 'DESC',
    start,
    end,
    filter: filterValue as Record<string, unknown>,
  };
}

function checkValue(field: string, spec: FilterField, value: unknown): unknown {
  const refuse = (what: string) => badRequest(CommonErrorCodes.BAD_LIST_QUERY, `filter.${field} ${what}`, { [field]: what });
  switch (spec.type) {
    case 'int':
      if (typeof value === 'string' && /^-?\d+$/.test(value)) value = Number(value);
      if (!Number.isSafeInteger(value)) throw refuse('must be a whole number');
      return value;
    case 'bool':
      if (value === 'true' || value === 'false') value = value === 'true';
      if (typeof value !== 'boolean') throw refuse('must be true or false');
      return value;
    case 'date':
      if (!IsoDateSchema.safeParse(value).success) throw refuse('must be a date as YYYY-MM-DD');
      return value;
    case 'instant':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw refuse('must be an ISO 8601 instant');
      return value;
    case 'text':
      if (typeof value === 'number') value = String(value);
      if (typeof value !== 'string' || value.length > 200) throw refuse('must be text');
      if (spec.values && !spec.values.includes(value)) throw refuse(`must be one of ${spec.values.join(', ')}`);
      return value;
  }
}

export function applyListQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, list: ListQuery, spec: ListSpec): SelectQueryBuilder<T> {
  let n = 0;
  const param = () => `lq${n++}`;
  for (const [key, raw] of Object.entries(list.filter)) {
    if (raw === undefined || raw === null || raw === '') continue;
    if (key === 'q') {
      if (!spec.search)
        throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, `${spec.resource} cannot be searched`, { q: 'is not supported here' });
      if (typeof raw !== 'string' || raw.length > 200)
        throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, 'filter.q must be text', { q: 'must be text' });
      const p = param();
      qb.andWhere(`${spec.search} ILIKE :${p}`, { [p]: `%${raw.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
      continue;
    }
    const rangeMatch = /^(.*)_(gte|lte)$/.exec(key);
    const fieldName = rangeMatch && ownEntry(spec.filterable, rangeMatch[1])?.range ? rangeMatch[1] : key;
    const field = ownEntry(spec.filterable, fieldName);
    if (!field) {
      throw badRequest(
        CommonErrorCodes.BAD_LIST_QUERY,
        `Cannot filter ${spec.resource} by "${key}"; filterable: ${['q', ...Object.keys(spec.filterable)].join(', ')}`,
        { [key]: 'is not a filterable field' },
      );
    }
    const p = param();
    if (rangeMatch && fieldName !== key) {
      qb.andWhere(`${field.column} ${rangeMatch[2] === 'gte' ? '>=' : '<='} :${p}`, { [p]: checkValue(key, field, raw) });
    } else if (Array.isArray(raw)) {
      if (raw.length > MAX_RANGE)
        throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, `filter.${key} lists too many values`, { [key]: 'lists too many values' });
      if (raw.length === 0) qb.andWhere('false');
      else qb.andWhere(`${field.column} IN (:...${p})`, { [p]: raw.map((value) => checkValue(key, field, value)) });
    } else {
      qb.andWhere(`${field.column} = :${p}`, { [p]: checkValue(key, field, raw) });
    }
  }
  const sortColumn = ownEntry(spec.sortable, list.sort);
  if (sortColumn === undefined)
    throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, `Cannot sort ${spec.resource} by "${list.sort}"`, {
      sort: 'is not a sortable field',
    });
  // PostgreSQL's own null order (nulls sort last going up, first going down): a plain b-tree index on
  // the column serves it in either direction, where an explicit `NULLS FIRST` on an ascending sort
  // forces a scan and sort of the whole table.
  qb.orderBy(sortColumn, list.order).addOrderBy(spec.idColumn, list.order);
  return qb.offset(list.start).limit(list.end - list.start + 1);
}

// A page of a list: the interceptor turns it into the array body plus `Content-Range`.
export class ListPage<T> {
  constructor(
    readonly resource: string,
    readonly rows: T[],
    readonly start: number,
    readonly total: number,
  ) {}

  get contentRange(): string {
    if (this.rows.length === 0) return `${this.resource} */${this.total}`;
    return `${this.resource} ${this.start}-${this.start + this.rows.length - 1}/${this.total}`;
  }
}

// Up to this many matching rows the total is exact; past it, PostgreSQL's own estimate (never less
// than what was counted) stands in, so that a page of a table with millions of rows does not pay
// for counting all of them. react-admin only needs a total to draw its pager.
const EXACT_COUNT_LIMIT = 2000;

// The total for `Content-Range`. A page that came back short needs no count at all: it is the last one.
async function countRows<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  list: Pick<ListQuery, 'start' | 'end'>,
  found: number,
): Promise<number> {
  const size = list.end - list.start + 1;
  if (found > 0 && found < size) return list.start + found;
  if (found === 0 && list.start === 0) return 0;
  const [sql, parameters] = qb.clone().select('1').orderBy().offset(undefined).limit(undefined).getQueryAndParameters();
  // On the page query's own runner, so that a list read inside a transaction counts inside it too.
  const runner = (qb as unknown as { queryRunner?: QueryRunner }).queryRunner;
  const run = <R>(text: string) => qb.connection.query(text, parameters, runner) as Promise<R[]>;
  const [{ n }] = await run<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql} LIMIT ${EXACT_COUNT_LIMIT + 1}) capped`);
  if (n <= EXACT_COUNT_LIMIT) return n;
  const [plan] = await run<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(`EXPLAIN (FORMAT JSON) ${sql}`);
  return Math.max(n, list.start + found, Math.round(plan['QUERY PLAN'][0].Plan['Plan Rows']));
}

// One page's rows and the total, in one query for the rows and at most two cheap ones for the total.
export async function findRowsAndTotal<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  list: ListQuery,
  spec: ListSpec,
): Promise<[T[], number]> {
  const rows = await applyListQuery(qb, list, spec).getMany();
  return [rows, await countRows(qb, list, rows.length)];
}

// findRowsAndTotal for a query that selects its own columns: the rows as PostgreSQL returns them,
// without the ORM's entity hydration (the caller shapes them).
export async function findRawRowsAndTotal<R, T extends ObjectLiteral = ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  list: ListQuery,
  spec: ListSpec,
): Promise<[R[], number]> {
  const rows: R[] = await applyListQuery(qb, list, spec).getRawMany();
  return [rows, await countRows(qb, list, rows.length)];
}

export async function findPage<T extends ObjectLiteral, R = T>(
  qb: SelectQueryBuilder<T>,
  query: Record<string, unknown>,
  spec: ListSpec,
  present: (row: T) => R = (row) => row as unknown as R,
): Promise<ListPage<R>> {
  const list = parseListQuery(query, spec);
  const [rows, total] = await findRowsAndTotal(qb, list, spec);
  return new ListPage(spec.resource, rows.map(present), list.start, total);
}
