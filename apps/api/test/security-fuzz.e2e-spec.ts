import fc from 'fast-check';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger, QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/database/seed/seed.js';
import { seat, setUpSummit, submitTalk, summit } from './cfp-fixtures.js';
import { fillPath, listRoutes, type Route } from './routes.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// Attack suite, generated bad input: every route gets bodies, query strings, ids, headers and uploads
// that fast-check makes up. Whatever arrives, the API never answers 5xx, never writes when it refuses,
// and never sends back active content. Runs are per route, so a failure names the route and the input.
// At least 10,000 requests in all, spread evenly over the routes (FUZZ_REQUESTS to send more).
const TOTAL_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
// Requests in flight at once; each one's SQL is told apart by the request it runs for.
const CONCURRENCY = 4;

// Names a client might try; inherited ones and real field names of the contracts among them.
const FIELD_NAMES = [
  'id',
  'version',
  'name',
  'title',
  'abstract',
  'status',
  'role',
  'disabled',
  'eventId',
  'cfpId',
  'submissionId',
  'reviewerId',
  'userId',
  'committeeId',
  'contestId',
  'entryId',
  'boothProposalId',
  'itemId',
  'bannerId',
  'budgetId',
  'amount',
  'currency',
  'feeRequested',
  'feeApproved',
  'quantity',
  'onHand',
  'website',
  'email',
  'password',
  'score',
  'confidence',
  'decision',
  'decisions',
  'reason',
  'note',
  'startDate',
  'endDate',
  'startsAt',
  'endsAt',
  'timeZone',
  'kind',
  'slug',
  'country',
  'materials',
  'lines',
  'speakers',
  'coSpeakerEmails',
  'shippingAddress',
  'preview',
  'year',
  'carrier',
  'trackingNumber',
  'phases',
  'formats',
  'tracks',
  'track',
  'format',
  'level',
  'q',
  'sku',
  'tag',
  'room',
  'description',
  'licenseAccepted',
  'direction',
  'visitors',
  'leads',
  'createdAt',
  'mine',
  'assignedToMe',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
  'valueOf',
  '<script>x</script>',
  'a\u0000b',
];
const ACTIVE = '<script>alert(1)</script>';

const nastyStrings = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    ACTIVE,
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("http://evil")',
    "'; DROP TABLE event; --",
    '%',
    '_',
    '\\',
    '%%_\\',
    'javascript:alert(1)',
    'data:text/html,<b>',
    'https://example.org',
    '2027-02-30',
    '2027-02-19',
    '9999-12-31',
    '0000-00-00',
    '2027-13-01',
    '2027-04-21T10:00:00Z',
    '2027-04-21T25:61:00+14:00',
    '+275760-09-13T00:00:00Z',
    'Europe/Berlin',
    'Nowhere/Land',
    'US',
    'usd',
    'USD',
    'organizer',
    'member',
    'approved',
    'funded',
    'chair',
    'talk',
    'Core',
    '1e309',
    'NaN',
    '-0',
    '１２３',
    '\u202e',
    '\ud800',
    'a'.repeat(600),
    '\u0000',
    'Xen\u0000Summit',
  ),
);
const nastyNumbers = fc.oneof(
  fc.integer(),
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom(0, -1, 1, 2, 2_147_483_647, 2_147_483_648, -2_147_483_649, 9_007_199_254_740_991, 1e21, 1e308, -1e308, 0.5, -0.0001, 1.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const scalar = fc.oneof(nastyStrings, nastyNumbers, fc.boolean(), fc.constant(null));
const fieldName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FIELD_NAMES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fieldName, tie('value'), { maxKeys: 5 }),
  ),
})).value;

// Bodies: made up from scratch, or a valid one with one field spoiled, or not JSON at all.
type Body =
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; text: string; type: string }
  | { kind: 'none' }
  | { kind: 'upload'; bytes: Uint8Array; type: string; name: string };
const bodyFor = (template: Record<string, unknown> | undefined): fc.Arbitrary<Body> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.dictionary(fieldName, jsonValue, { maxKeys: 8 }).map((value) => ({ kind: 'json' as const, value })) },
    {
      weight: template ? 5 : 0,
      arbitrary: fc
        .tuple(fc.constantFrom(...Object.keys(template ?? { id: 1 }), ...FIELD_NAMES), jsonValue, fc.boolean())
        .map(([key, value, drop]) => {
          const spoiled: Record<string, unknown> = { ...template };
          if (drop) delete spoiled[key];
          else Object.defineProperty(spoiled, key, { value, enumerable: true, configurable: true, writable: true });
          return { kind: 'json' as const, value: spoiled };
        }),
    },
    { weight: 1, arbitrary: jsonValue.map((value) => ({ kind: 'json' as const, value })) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          text: fc.oneof(
            fc.string({ maxLength: 60 }),
            fc.constantFrom('{"a":', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[', '{"__proto__":{"x":1}}', 'null', '"x"', '1', '\u0000'),
          ),
          type: fc.constantFrom(
            'application/json',
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/xml',
            'application/merge-patch+json',
            'multipart/form-data; boundary=x',
          ),
        })
        .map(({ text, type }) => ({ kind: 'raw' as const, text, type })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          bytes: fc.oneof(
            fc.uint8Array({ maxLength: 64 }),
            fc.constant(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])),
            fc.constant(new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg">${ACTIVE}</svg>`)),
            fc.constant(new TextEncoder().encode('%PDF-1.4\n%\u00e2\u00e3')),
          ),
          type: fc.constantFrom('image/png', 'image/jpeg', 'image/svg+xml', 'application/pdf', 'text/html', 'application/octet-stream'),
          name: fc.constantFrom('a.png', 'a.jpg', '../../etc/passwd', `${ACTIVE}.png`, 'a.svg', ''),
        })
        .map((upload) => ({ kind: 'upload' as const, ...upload })),
    },
  );

const jsonParam = (value: fc.Arbitrary<unknown>) =>
  fc.oneof(
    value.map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 30 }),
  );
const queryFor = fc.dictionary(
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('sort', 'range', 'filter') },
    { weight: 1, arbitrary: fc.constantFrom('q', 'page', 'expires', 'signature', '__proto__', 'filter[q]') },
  ),
  fc.oneof(
    jsonParam(
      fc.tuple(
        fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 10 })),
        fc.constantFrom('ASC', 'DESC', 'asc', 'sideways', ''),
      ),
    ),
    jsonParam(fc.tuple(nastyNumbers, nastyNumbers)),
    jsonParam(fc.dictionary(fieldName, fc.oneof(jsonValue, fc.array(nastyNumbers, { maxLength: 3 })), { maxKeys: 3 })),
    jsonParam(fc.record({ q: nastyStrings })),
    nastyStrings,
  ),
  { maxKeys: 3 },
);

const idValue = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 8 }).map(String) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '0',
      '-1',
      '2147483647',
      '2147483648',
      '99999999999999999999',
      'abc',
      '1e3',
      '1.0',
      '%20',
      '..',
      ' 1',
      '0x1f',
      "1'--",
      '<x>',
      '\u0000',
      '<script>x</script>',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const headersFor = fc.record(
  {
    Origin: fc.constantFrom('https://evil.example', 'null'),
    'X-Forwarded-For': fc.constantFrom('1.2.3.4', '127.0.0.1, 10.0.0.1', 'garbage'),
    'X-Request-Id': fc.oneof(fc.string({ maxLength: 20 }), fc.constant(ACTIVE)),
    Accept: fc.constantFrom('text/html', 'application/xml', '*/*', 'text/csv'),
    'Accept-Language': fc.string({ maxLength: 10 }),
    Range: fc.constantFrom('bytes=0-1', 'bytes=-1', 'items=0-24'),
    'If-None-Match': fc.constantFrom('*', '"x"'),
  },
  { requiredKeys: [] },
);
type Caller = 'organizer' | 'member' | 'nobody' | 'forged';
const callerArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Caller>('organizer') },
  { weight: 3, arbitrary: fc.constant<Caller>('member') },
  { weight: 1, arbitrary: fc.constantFrom<Caller>('nobody', 'forged') },
);

// Printable header values only: fetch refuses others before they leave the client.
const headerSafe = (value: string) => value.replace(/[^\x20-\x7e]/g, '?');

describe('generated bad input', () => {
  let t: TestApp;
  let organizer: TestUser;
  let member: TestUser;
  let base: string;
  let routes: Route[];
  let slug: string;
  let requests = 0;
  const templates: Record<string, Record<string, unknown>> = {};

  // Every statement the app sends is booked to the request it runs for (AsyncLocalStorage around
  // the HTTP server), so a refused request that still writes is caught even with requests in flight.
  const currentRequest = new AsyncLocalStorage<number>();
  const writesOf = new Map<number, string[]>();
  const pendingOf = new WeakMap<object, string[]>();
  const watchWrites = (logger: Logger): Logger =>
    new Proxy(logger, {
      get(target, property, receiver) {
        if (property !== 'logQuery') return Reflect.get(target, property, receiver);
        return (query: string, parameters?: unknown[], runner?: QueryRunner) => {
          const id = currentRequest.getStore();
          const sql = query.trim().toUpperCase();
          // The sign-in throttle counts refused attempts on purpose.
          const isWrite = /^(INSERT|UPDATE|DELETE|TRUNCATE|ALTER|DROP|CREATE)\b/.test(sql) && !/\bRATE_LIMIT\b/.test(sql);
          if (id !== undefined && runner) {
            if (sql === 'START TRANSACTION' || sql === 'BEGIN') pendingOf.set(runner, []);
            else if (sql === 'COMMIT') writesOf.get(id)?.push(...(pendingOf.get(runner) ?? []));
            else if (sql === 'ROLLBACK') pendingOf.delete(runner);
            else if (isWrite)
              (runner.isTransactionActive && pendingOf.get(runner) ? pendingOf.get(runner)! : (writesOf.get(id) ?? [])).push(
                query.slice(0, 100),
              );
          } else if (id !== undefined && isWrite) writesOf.get(id)?.push(query.slice(0, 100));
          return target.logQuery(query, parameters, runner);
        };
      },
    });

  // Row counts and the newest row version of every table: a cheap picture of all the data.
  let snapshotSql = '';
  const snapshot = async () => JSON.stringify(await t.dataSource.query(snapshotSql));

  beforeAll(async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT: '1000000' });
    organizer = await t.user('organizer');
    member = await t.user('member');
    // The demo data puts records behind the low ids of every table, so generated ids reach real rows.
    await seedDemo(t.target);
    const s = await setUpSummit(t);
    slug = s.slug;
    await seat(t, s, member);
    await submitTalk(t, s, member);
    templates['POST /api/events'] = { ...summit, slug: 'fuzz-template' };
    templates['POST /api/submissions'] = {
      cfpId: s.cfpId,
      title: 'Xen',
      abstract: 'Boots.',
      format: 'talk',
      track: 'Core',
      level: 'intermediate',
    };
    templates['POST /api/reviews'] = { submissionId: 1, score: 1, confidence: 2, commentToSpeakers: 'x', commentToCommittee: 'y' };
    templates['POST /api/committees'] = { eventId: 1, name: 'Committee' };
    templates['POST /api/inventory-items'] = { sku: 'SKU-1', name: 'Stickers', unit: 'piece', onHand: 10, reorderLevel: 1 };
    templates['POST /api/budgets'] = { year: 2031, currency: 'USD', amount: 100_000 };
    templates['POST /api/votes'] = { contestId: 1, entryId: 1 };
    templates['POST /api/users/:id/role'] = { role: 'member' };
    for (const route of listRoutes(t.app)) {
      const key = `${route.method} ${route.path}`;
      // Actions take an optional version and reason: start from nothing and spoil one field.
      if (route.method === 'POST' && route.path.includes(':id')) templates[key] ??= {};
      // Updates start from the record as react-admin would send it back.
      if (route.method === 'PUT' && route.path.endsWith('/:id')) {
        const record = await t.http().get(route.path.replace(':id', '1')).set(bearer(organizer));
        if (record.status === 200) templates[key] = record.body;
      }
    }

    const tables: Array<{ name: string }> = await t.dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE ` +
        `TABLE' AND table_name NOT IN ('rate_limit', 'migrations') ORDER BY 1`,
    );
    expect(tables.length).toBeGreaterThan(20);
    snapshotSql = tables
      .map(({ name }) => `SELECT '${name}' AS t, count(*)::int AS n, max(xmin::text::bigint)::text AS x FROM "${name}"`)
      .join(' UNION ALL ');

    (t.dataSource as unknown as { logger: Logger }).logger = watchWrites(t.dataSource.logger);
    const server = t.app.getHttpServer();
    const [handler] = server.listeners('request') as Array<(request: IncomingMessage, response: ServerResponse) => void>;
    server.removeAllListeners('request');
    server.on('request', (request: IncomingMessage, response: ServerResponse) =>
      currentRequest.run(Number(request.headers['x-fuzz-id'] ?? -1), () => handler(request, response)),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Reads first, deletes last, so that more of the data is there for longer.
    const order = { GET: 0, POST: 1, PUT: 2, PATCH: 3, DELETE: 4 };
    routes = listRoutes(t.app).sort((a, b) => order[a.method] - order[b.method]);
  });
  afterAll(() => t.close());

  type Input = { ids: string[]; query: Record<string, string>; body: Body; headers: Partial<Record<string, string>>; caller: Caller };
  const inputFor = (route: Route): fc.Arbitrary<Input> =>
    fc.record({
      ids: fc.array(idValue, { minLength: 2, maxLength: 2 }),
      query: queryFor,
      body: bodyFor(templates[`${route.method} ${route.path}`]),
      headers: headersFor,
      caller: callerArb,
    });

  const send = async (route: Route, input: Input, id: number) => {
    let next = 0;
    const path = fillPath(route.path, (param) =>
      param === 'slug'
        ? input.ids[0] === '1'
          ? slug
          : input.ids[0]
        : param === 'kind'
          ? 'artwork'
          : (input.ids[next++ % input.ids.length] ?? '1'),
    );
    const url = new URL(base + path);
    for (const [key, value] of Object.entries(input.query)) url.searchParams.append(key, value);
    const headers: Record<string, string> = { 'X-Fuzz-Id': String(id) };
    for (const [key, value] of Object.entries(input.headers)) if (value !== undefined) headers[key] = headerSafe(value);
    if (input.caller === 'organizer') headers.Authorization = `Bearer ${organizer.token}`;
    if (input.caller === 'member') headers.Authorization = `Bearer ${member.token}`;
    if (input.caller === 'forged') headers.Authorization = `Bearer ${organizer.token.slice(0, -4)}AAAA`;
    let body: string | FormData | undefined;
    if (route.method !== 'GET') {
      if (input.body.kind === 'json') {
        body = JSON.stringify(input.body.value) ?? 'null';
        headers['Content-Type'] = 'application/json';
      } else if (input.body.kind === 'raw') {
        body = input.body.text;
        headers['Content-Type'] = input.body.type;
      } else if (input.body.kind === 'upload') {
        const form = new FormData();
        form.append('file', new Blob([input.body.bytes], { type: input.body.type }), input.body.name);
        body = form;
      }
    }
    requests += 1;
    const response = await fetch(url, { method: route.method, headers, body, redirect: 'manual' });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text: await response.text(),
      where: `${route.method} ${url.pathname}${url.search} as ${input.caller}`,
    };
  };

  // One route: its generated requests, a few at a time, then the checks on every answer.
  const attack = async (route: Route, routeIndex: number): Promise<string[]> => {
    const inputs = fc.sample(inputFor(route), { numRuns: Math.ceil(TOTAL_REQUESTS / routes.length), seed: SEED + routeIndex });
    const before = await snapshot();
    const answers: Array<{ id: number; input: Input; status: number; type: string; text: string; where: string }> = [];
    let cursor = 0;
    const worker = async () => {
      while (cursor < inputs.length) {
        const index = cursor++;
        const id = routeIndex * 100_000 + index;
        writesOf.set(id, []);
        answers.push({ id, input: inputs[index], ...(await send(route, inputs[index], id)) });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    // Work a handler left running after it answered still counts against its request.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const failures: string[] = [];
    if (process.env.FUZZ_STATS)
      console.log(
        route.method,
        route.path,
        JSON.stringify(
          answers.reduce<Record<number, number>>(
            (counts, answer) => ((counts[answer.status] = (counts[answer.status] ?? 0) + 1), counts),
            {},
          ),
        ),
      );
    for (const answer of answers) {
      const writes = writesOf.get(answer.id) ?? [];
      writesOf.delete(answer.id);
      const problems: string[] = [];
      if (answer.status >= 500) problems.push(`answered ${answer.status}: ${answer.text.slice(0, 200)}`);
      if ((answer.status >= 400 || route.method === 'GET') && writes.length)
        problems.push(`wrote while answering ${answer.status}: ${writes.join(' | ')}`);
      if (/<script/i.test(answer.text) && !/text\/(csv|calendar)/.test(answer.type))
        problems.push(`echoed active content (${answer.type})`);
      if (problems.length) failures.push(`${answer.where}: ${problems.join('; ')} — input ${JSON.stringify(answer.input).slice(0, 400)}`);
    }
    // When nothing was accepted, not one row anywhere may have changed.
    if (answers.every((answer) => answer.status >= 400) && (await snapshot()) !== before)
      failures.push(`${route.method} ${route.path}: refused every request, yet the data changed`);
    return failures;
  };

  it('covers every route', () => {
    expect(routes.length).toBeGreaterThan(100);
  });

  describe.each(['GET', 'POST', 'PUT', 'DELETE'])('%s routes', (method) => {
    it('never answer 5xx, never write when refusing, never echo active content', async () => {
      const failures: string[] = [];
      for (const [index, route] of routes.entries()) if (route.method === method) failures.push(...(await attack(route, index)));
      expect(failures).toEqual([]);
    }, 300_000);
  });

  it('sent at least 10,000 requests', () => {
    expect(requests).toBeGreaterThanOrEqual(10_000);
  });
});
