import { Injectable } from '@nestjs/common';
import {
  IsoDateSchema,
  PresentationErrorCodes,
  StatisticsColumns,
  StatisticsPeriods,
  type StatisticsPeriod,
  type StatisticsRow,
} from '@summitdesk/contracts';
import { DataSource } from 'typeorm';
import { badRequest } from '../common/app-error.js';
import { toCsv } from '../common/csv.js';

export type StatisticsQuery = { period: StatisticsPeriod; from: string; to: string; currency: string; format?: 'json' | 'csv' };

const MAX_PERIODS = 520;
const STEP: Record<StatisticsPeriod, string> = { week: '1 week', month: '1 month', quarter: '3 months', year: '1 year' };
const LABEL: Record<StatisticsPeriod, string> = { week: 'IYYY-"W"IW', month: 'YYYY-MM', quarter: 'YYYY-"Q"Q', year: 'YYYY' };
// How far back a request without `from` looks: a year of weeks or months, two years of quarters, five years.
const DEFAULT_SPAN: Record<StatisticsPeriod, string> = { week: '11 weeks', month: '11 months', quarter: '21 months', year: '4 years' };

const bad = (field: string, what: string) => badRequest(PresentationErrorCodes.BAD_PERIOD, `${field} ${what}`, { [field]: what });

// Every figure is counted with SQL from the records themselves (never from counters that can drift),
// one row per period from generate_series, so a period with nothing in it still has its row of zeros.
// Periods are calendar weeks (ISO, from Monday), months, quarters and years in UTC. This feature only
// reads: the tables belong to the features that write them.
const FIGURES_SQL = `
  WITH periods AS (
    SELECT starts, starts + $3::interval AS ends
      FROM generate_series(date_trunc($1, $4::timestamp), date_trunc($1, $5::timestamp), $3::interval) AS starts
  )
  SELECT to_char(starts, $2) AS period,
    (SELECT count(*) FROM presentation p WHERE p.uploaded_at AT TIME ZONE 'UTC' >= starts AND p.uploaded_at AT TIME ZONE 'UTC' < ends)::int
      AS "presentationsUploaded",
    (SELECT count(*) FROM presentation_hit h WHERE h.kind = 'view' AND h.day >= starts AND h.day < ends)::int AS views,
    (SELECT count(*) FROM presentation_hit h WHERE h.kind = 'download' AND h.day >= starts AND h.day < ends)::int AS downloads,
    held.booths AS "boothsHeld", held.visitors AS "boothVisitors", held.leads AS "boothLeads",
    (SELECT coalesce(round(sum(EXTRACT(EPOCH FROM (shift.end_time - shift.start_time))) / 3600.0, 1), 0)
       FROM booth_shift shift WHERE shift.status = 'confirmed' AND shift.day >= starts AND shift.day < ends)::float8 AS "volunteerHours",
    (SELECT count(*) FROM submission s WHERE s.submitted_at AT TIME ZONE 'UTC' >= starts AND s.submitted_at AT TIME ZONE 'UTC' < ends)::int
      AS submissions,
    (SELECT count(*) FROM review r WHERE r.created_at AT TIME ZONE 'UTC' >= starts AND r.created_at AT TIME ZONE 'UTC' < ends)::int AS
      reviews,
    (SELECT count(*) FROM contest_entry ce WHERE ce.created_at AT TIME ZONE 'UTC' >= starts AND ce.created_at AT TIME ZONE 'UTC' <
      ends)::int
      AS "contestEntries",
    (SELECT count(*) FROM vote v WHERE v.created_at AT TIME ZONE 'UTC' >= starts AND v.created_at AT TIME ZONE 'UTC' < ends)::int AS votes,
    (SELECT coalesce(sum(sp.amount - sp.amount_refunded), 0) FROM sponsorship sp
      WHERE sp.paid_at IS NOT NULL AND sp.currency = $6 AND sp.paid_at AT TIME ZONE 'UTC' >= starts AND sp.paid_at AT TIME ZONE 'UTC' <
        ends)::float8
      AS "sponsorshipIncome",
    (SELECT count(*) FROM app_user u WHERE u.created_at AT TIME ZONE 'UTC' >= starts AND u.created_at AT TIME ZONE 'UTC' < ends)::int
      AS "newMembers",
    0 AS subscribers
  FROM periods
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS booths, coalesce(sum(bp.report_visitors), 0)::int AS visitors, coalesce(sum(bp.report_leads), 0)::int AS leads
      FROM booth_proposal bp JOIN event e ON e.id = bp.event_id
     WHERE bp.status IN ('held', 'reported', 'closed') AND e.end_date >= starts AND e.end_date < ends
  ) AS held
  ORDER BY starts`;

@Injectable()
export class StatisticsService {
  constructor(private readonly dataSource: DataSource) {}

  // The query as the API takes it: `period` (week|month|quarter|year), `from` and `to` (dates,
  // default: the last twelve weeks or months, eight quarters or five years up to today), and the
  // `currency` of the sponsorship income (default USD).
  parse(query: Record<string, unknown>): StatisticsQuery {
    for (const key of Object.keys(query))
      if (!['period', 'from', 'to', 'currency', 'format'].includes(key)) throw bad(key, 'is not a known parameter');
    const period = query.period ?? 'month';
    if (typeof period !== 'string' || !(StatisticsPeriods as readonly string[]).includes(period))
      throw bad('period', `must be one of ${StatisticsPeriods.join(', ')}`);
    const date = (name: 'from' | 'to') => {
      const value = query[name];
      if (value === undefined || value === '') return undefined;
      if (!IsoDateSchema.safeParse(value).success) throw bad(name, 'must be a date as YYYY-MM-DD');
      return value as string;
    };
    const to = date('to') ?? new Date().toISOString().slice(0, 10);
    const from = date('from') ?? shift(to, DEFAULT_SPAN[period as StatisticsPeriod]);
    if (from > to) throw bad('from', 'must not be after to');
    const currency = query.currency ?? 'USD';
    if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) throw bad('currency', 'must be an ISO 4217 code such as USD');
    const format = query.format ?? 'json';
    if (format !== 'json' && format !== 'csv') throw bad('format', 'must be json or csv');
    return { period: period as StatisticsPeriod, from, to, currency, format };
  }

  async forPeriod(query: StatisticsQuery): Promise<StatisticsRow[]> {
    const [{ n }]: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM generate_series(date_trunc($1, $3::timestamp), date_trunc($1, $4::timestamp), $2::interval)`,
      [query.period, STEP[query.period], query.from, query.to],
    );
    if (n > MAX_PERIODS) throw bad('from', `spans ${n} periods; ask for at most ${MAX_PERIODS}`);
    return this.dataSource.query(FIGURES_SQL, [
      query.period,
      LABEL[query.period],
      STEP[query.period],
      query.from,
      query.to,
      query.currency,
    ]);
  }

  async csv(query: StatisticsQuery): Promise<string> {
    return toCsv(await this.forPeriod(query), [...StatisticsColumns]);
  }
}

// A date moved back by an interval, for the default start (the period's own start is taken in SQL).
function shift(date: string, span: string): string {
  const [amount, unit] = span.split(' ');
  const result = new Date(`${date}T00:00:00Z`);
  const n = Number(amount);
  if (unit === 'weeks') result.setUTCDate(result.getUTCDate() - 7 * n);
  else if (unit === 'months') result.setUTCMonth(result.getUTCMonth() - n);
  else result.setUTCFullYear(result.getUTCFullYear() - n);
  return result.toISOString().slice(0, 10);
}
