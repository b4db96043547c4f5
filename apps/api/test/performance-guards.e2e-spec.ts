import { JwtService } from '@nestjs/jwt';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScale } from '../src/database/seed/seed-scale.js';
import { createTestApp, type TestApp } from './test-app.js';

// Guards for issue 15 (speed itself is measured by `npm run bench`, never here): on scale data,
// (1) the plans of the app's own list statements — default sort and every filter — use an index
// on every large table, and (2) no list or show request sends a statement per row.

type Statement = { text: string; values: unknown[] };
const LARGE = 1500;

describe('query plans and query counts on scale data', () => {
  let t: TestApp;
  let tokens: { organizer: string; reviewer: string };
  let ids: Record<string, number>;
  let large: Map<string, number>;
  let recording: Statement[] | null = null;
  const query = pg.Client.prototype.query;

  beforeAll(async () => {
    t = await createTestApp();
    await seedScale(t.target, { factor: 0.1 });
    const one = async (sql: string) => ((await t.dataSource.query(sql)) as Record<string, number>[])[0];
    const organizer = await one(`SELECT id FROM app_user WHERE email LIKE 'scale-u1@%'`);
    const reviewer = await one(
      `SELECT seat.user_id AS id, cfp.id AS cfp FROM committee_seat seat JOIN committee c ON c.id = seat.committee_id
         JOIN cfp ON cfp.event_id = c.event_id WHERE seat.role = 'reviewer'
          AND EXISTS (SELECT 1 FROM review_assignment ra JOIN submission s ON s.id = ra.submission_id
                       WHERE ra.reviewer_id = seat.user_id AND s.cfp_id = cfp.id)
        ORDER BY seat.id LIMIT 1`,
    );
    ids = {
      ...(await one(`SELECT min(id) AS event, max(id) AS "lastEvent" FROM event`)),
      ...(await one(`SELECT max(id) AS shipment, max(booth_proposal_id) AS booth FROM shipment`)),
      ...(await one(`SELECT max(id) AS submission FROM submission`)),
      ...(await one(`SELECT max(id) AS review FROM review`)),
      ...(await one(`SELECT max(id) AS "auditEntry" FROM audit_log`)),
      ...(await one(`SELECT max(id) AS entry, max(contest_id) AS contest FROM contest_entry`)),
      reviewer: reviewer.id,
      reviewerCfp: reviewer.cfp,
      organizer: organizer.id,
    };
    const jwt = t.app.get(JwtService);
    tokens = { organizer: jwt.sign({ sub: organizer.id, role: 'organizer' }), reviewer: jwt.sign({ sub: reviewer.id, role: 'member' }) };
    const tables = (await t.dataSource.query(
      `SELECT c.relname, c.reltuples::int AS n FROM pg_class c
        WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace AND c.reltuples > ${LARGE}`,
    )) as { relname: string; n: number }[];
    large = new Map(tables.map((table) => [table.relname, table.n]));
    // Every statement the app sends while a request is recorded.
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const [config, values] = args;
      if (recording && typeof config === 'string') recording.push({ text: config, values: Array.isArray(values) ? values : [] });
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
  }, 300_000);

  afterAll(async () => {
    pg.Client.prototype.query = query;
    await t?.close();
  });

  async function record(path: string, token: string) {
    recording = [];
    const response = await t.http().get(path).set('Authorization', `Bearer ${token}`);
    const statements = recording;
    recording = null;
    expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(200);
    return { statements, body: response.body as unknown };
  }

  const list = (resource: string, filter: Record<string, unknown> = {}, range = [0, 24]) =>
    `/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent(JSON.stringify(range))}`;

  // Scans whose cost grows with a large table: a sequential scan (with sequential scans priced out,
  // one still shows only where no index can serve the filter or sort at all), or any scan that reads
  // most of the table (a whole index walked to sort, or to find a few matches of an unindexed filter).
  async function tableScans(statement: Statement): Promise<string[]> {
    const [{ 'QUERY PLAN': plan }] = (await t.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      return manager.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`, statement.values);
    })) as { 'QUERY PLAN': [{ Plan: PlanNode }] }[];
    // The capped count for Content-Range (common/list-query.ts) stops at its Limit.
    const cappedCount = /^SELECT count\(\*\)::int AS n FROM \(/.test(statement.text);
    // The list's own table (the first FROM): how joined tables are reached is the planner's choice
    // by size, and on test-sized tables a merge join over a whole primary key is often the cheapest.
    const main = /\bFROM "(\w+)"/.exec(statement.text)?.[1];
    const found: string[] = [];
    const walk = (node: PlanNode, underLimit: boolean) => {
      const table = node['Relation Name'];
      if (table && large.has(table)) {
        const read = ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) * (node['Actual Loops'] ?? 1);
        const label = cappedCount ? 'count' : 'page';
        if (node['Node Type'] === 'Seq Scan' && !(cappedCount && underLimit)) found.push(`${label}: Seq Scan on ${table}`);
        // (A count reads up to its cap of matching rows, all of a small table's.)
        else if (!cappedCount && table === main && read >= 0.9 * large.get(table)!)
          found.push(`${label}: ${node['Node Type']} on ${table} reads ${read} of ${large.get(table)} rows`);
      }
      for (const child of node.Plans ?? []) walk(child, underLimit || node['Node Type'] === 'Limit');
    };
    walk(plan[0].Plan, false);
    return found;
  }
  type PlanNode = {
    'Node Type': string;
    'Relation Name'?: string;
    'Actual Rows'?: number;
    'Actual Loops'?: number;
    'Rows Removed by Filter'?: number;
    Plans?: PlanNode[];
  };

  // Each list the admin shows, with its default sort and each of its filters (values from the data).
  const lists = (): Array<[string, string, Record<string, unknown>]> => {
    const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const organizerLists: Array<[string, Record<string, unknown>[]]> = [
      [
        'submissions',
        [
          {},
          { cfpId: ids.reviewerCfp },
          { status: 'in_review' },
          { track: 'Core' },
          { format: 'talk' },
          { level: 'advanced' },
          { pendingDecision: 'accept' },
          { q: 'patching' },
          { id: ids.submission },
        ],
      ],
      [
        'reviews',
        [
          {},
          { submissionId: ids.submission },
          { reviewerId: ids.reviewer },
          { cfpId: ids.reviewerCfp },
          { score_gte: 1 },
          { id: ids.review },
        ],
      ],
      [
        'review-assignments',
        [{}, { submissionId: ids.submission }, { reviewerId: ids.reviewer }, { cfpId: ids.reviewerCfp }, { source: 'manual' }],
      ],
      [
        'shipments',
        [
          {},
          { status: 'delivered' },
          { direction: 'return' },
          { carrier: 'DHL' },
          { boothProposalId: ids.booth },
          { eventId: ids.event },
          { overdue: true },
          { createdAt_gte: since },
          { q: '1Z0000' },
        ],
      ],
      [
        'booth-proposals',
        [{}, { status: 'closed' }, { eventId: ids.event }, { proposerId: ids.organizer }, { banner: 'none' }, { createdAt_gte: since }],
      ],
      [
        'audit-log',
        [
          {},
          { entity: 'submission', entityId: '12' },
          { actorId: ids.organizer },
          { action: 'transition' },
          { at_gte: since },
          { id: ids.auditEntry },
        ],
      ],
      ['events', [{}, { status: 'held' }, { kind: 'summit' }, { startDate_gte: '2020-01-01' }, { q: 'summit' }]],
      ['contest-entries', [{}, { contestId: ids.contest }, { status: 'approved' }, { authorId: ids.organizer }]],
      ['users', [{}, { role: 'organizer' }, { disabled: true }, { country: 'DE' }, { q: 'member 3' }]],
    ];
    return [
      ...organizerLists.flatMap(([resource, filters]) =>
        filters.map((filter) => [resource, tokens.organizer, filter] as [string, string, Record<string, unknown>]),
      ),
      ['submissions', tokens.reviewer, { cfpId: ids.reviewerCfp, assignedToMe: true }],
      ['submissions', tokens.reviewer, {}],
      ['reviews', tokens.reviewer, {}],
    ];
  };

  // Known and reported (bench/README.md): filters on expressions no index can serve yet.
  const knownGaps = new Set([
    // A staged decision is shown only where the viewer sits on the committee: a CASE over the scope.
    'submissions pendingDecision',
    // The search text takes in the speakers' names only where the viewer may see them: a CASE again.
    'submissions q',
    // One call's reviews by date: the filter is on the joined submission, so PostgreSQL walks the
    // review date index assuming the call's reviews are spread through time (a call_id on the review
    // would let one index serve both).
    'reviews cfpId',
  ]);

  it('plans every list statement (default sort, each filter) without a scan through a large table', async () => {
    expect([...large.keys()]).toEqual(expect.arrayContaining(['audit_log', 'submission', 'shipment', 'review', 'app_user']));
    const failures: string[] = [];
    for (const [resource, token, filter] of lists()) {
      if (knownGaps.has(`${resource} ${Object.keys(filter).join(',')}`)) continue;
      for (const range of [
        [0, 24],
        [100, 124],
      ]) {
        const { statements } = await record(list(resource, filter, range), token);
        for (const statement of statements) {
          if (!/^\s*SELECT/i.test(statement.text)) continue;
          const scans = await tableScans(statement);
          if (scans.length) failures.push(`${resource} ${JSON.stringify(filter)} ${range}: ${scans.join(', ')}\n    ${statement.text}`);
        }
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  }, 900_000);

  it('sends as many statements for a page of 25 rows as for a page of 2, and a fixed few for each record', async () => {
    const growth: string[] = [];
    for (const [resource, token] of [
      ['submissions', tokens.organizer],
      ['submissions', tokens.reviewer],
      ['reviews', tokens.organizer],
      ['review-assignments', tokens.organizer],
      ['shipments', tokens.organizer],
      ['booth-proposals', tokens.organizer],
      ['audit-log', tokens.organizer],
      ['events', tokens.organizer],
      ['contest-entries', tokens.organizer],
      ['users', tokens.organizer],
    ] as const) {
      const few = await record(list(resource, {}, [0, 1]), token);
      const many = await record(list(resource, {}, [0, 24]), token);
      expect((many.body as unknown[]).length, resource).toBeGreaterThanOrEqual(10);
      // The short page of the two may skip the count; a page of 25 rows must not add statements per row.
      if (many.statements.length > few.statements.length + 2 || many.statements.length > 12)
        growth.push(`${resource}: ${few.statements.length} statements for 2 rows, ${many.statements.length} for 25`);
    }
    for (const [path, token] of [
      [`/api/submissions/${ids.submission}`, tokens.organizer],
      [`/api/reviews/${ids.review}`, tokens.organizer],
      [`/api/shipments/${ids.shipment}`, tokens.organizer],
      [`/api/booth-proposals/${ids.booth}`, tokens.organizer],
      [`/api/events/${ids.lastEvent}`, tokens.organizer],
      [`/api/contest-entries/${ids.entry}`, tokens.organizer],
    ] as const) {
      const { statements } = await record(path, token);
      if (statements.length > 12) growth.push(`${path}: ${statements.length} statements`);
    }
    expect(growth, growth.join('\n')).toEqual([]);
  }, 900_000);
});
