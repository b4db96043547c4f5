import { Injectable } from '@nestjs/common';
import type { StatisticsRow } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';

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
    -- Digest subscribers at the period's end: confirmed before it and not unsubscribed by then. The digest's
    -- open rate is not counted: no tracking pixel is sent (a read receipt the reader never agreed to), so it is
    -- not known and not shown.
    (SELECT count(*) FROM subscriber sub WHERE sub.digest AND sub.confirmed_at IS NOT NULL
       AND sub.confirmed_at AT TIME ZONE 'UTC' < ends
       AND (sub.unsubscribed_at IS NULL OR sub.unsubscribed_at AT TIME ZONE 'UTC' >= ends))::int AS subscribers
  FROM periods
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS booths, coalesce(sum(bp.report_visitors), 0)::int AS visitors, coalesce(sum(bp.report_leads), 0)::int AS leads
      FROM booth_proposal bp JOIN event e ON e.id = bp.event_id
     WHERE bp.status IN ('held', 'reported', 'closed') AND e.end_date >= starts AND e.end_date < ends
  ) AS held
  ORDER BY starts`;

type Figures = { period: string; label: string; step: string; from: string; to: string; currency: string };

// The statistics' SQL; it only reads the tables of the features that write them.
@Injectable()
export class StatisticsRepository {
  // How many periods of `step` the range from `from` to `to` spans.
  async periodCount(manager: EntityManager, period: string, step: string, from: string, to: string): Promise<number> {
    const [{ n }]: Array<{ n: number }> = await manager.query(
      `SELECT count(*)::int AS n FROM generate_series(date_trunc($1, $3::timestamp), date_trunc($1, $4::timestamp), $2::interval)`,
      [period, step, from, to],
    );
    return n;
  }

  // The newsletter's closing line ("90 presentations uploaded, 25,895 viewings, most popular: …"): the
  // library as it stood when the week ended, counted from its rows.
  async library(manager: EntityManager, until: Date): Promise<{ presentations: number; views: number; mostPopular: string | null }> {
    const [row]: Array<{ presentations: number; views: number; most_popular: string | null }> = await manager.query(
      `SELECT (SELECT count(*) FROM presentation p WHERE p.uploaded_at < $1)::int AS presentations,
              (SELECT count(*) FROM presentation_hit h WHERE h.kind = 'view' AND h.day < $1::date)::int AS views,
              (SELECT s.title FROM presentation p JOIN submission s ON s.id = p.submission_id
                 JOIN presentation_hit h ON h.presentation_id = p.id AND h.kind = 'view' AND h.day < $1::date
                GROUP BY p.id, s.title ORDER BY count(*) DESC, p.id LIMIT 1) AS most_popular`,
      [until],
    );
    return { presentations: row.presentations, views: row.views, mostPopular: row.most_popular };
  }

  figures(manager: EntityManager, query: Figures): Promise<StatisticsRow[]> {
    return manager.query(FIGURES_SQL, [query.period, query.label, query.step, query.from, query.to, query.currency]);
  }
}
