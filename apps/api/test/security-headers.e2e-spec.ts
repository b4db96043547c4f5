import type { ArgumentsHost } from '@nestjs/common';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorFilter } from '../src/common/error.filter.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

const STACK = /\bat .+[.](js|ts|mjs):\d+|node_modules|\/src\//;

// Attack suite, headers: what the browser is told about who may read what, and what it may run.
describe('security headers', () => {
  let t: TestApp;
  let member: TestUser;
  // Passport keeps its strategies process-wide, so a second app in this file stays open until the end
  // (closing it would leave the first app's sign-in on a closed connection).
  const others: TestApp[] = [];
  const another = async (env: Record<string, string>) => {
    const app = await createTestApp(env, { target: t.target });
    others.push(app);
    return app;
  };
  beforeAll(async () => {
    const adminDist = mkdtempSync(join(tmpdir(), 'summitdesk-admin-'));
    writeFileSync(join(adminDist, 'index.html'), '<!doctype html><title>Summitdesk</title><div id="root"></div>');
    t = await createTestApp({ CORS_ORIGIN: 'https://admin.example.org, https://other.example.org', ADMIN_DIST: adminDist });
    member = await t.user('member');
  });
  afterAll(async () => {
    for (const app of others) await app.app.close();
    await t.close();
  });

  describe('CORS', () => {
    it('answers a listed origin and exposes only Content-Range', async () => {
      const response = await t.http().get('/api/events').set(bearer(member)).set('Origin', 'https://admin.example.org');
      expect(response.status).toBe(200);
      expect(response.headers['access-control-allow-origin']).toBe('https://admin.example.org');
      expect(response.headers['access-control-expose-headers']).toBe('Content-Range');
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    });

    it('gives an unlisted origin no Access-Control-Allow-Origin, on requests and on preflights', async () => {
      for (const origin of ['https://evil.example', 'null', 'https://admin.example.org.evil.example', 'http://admin.example.org']) {
        const response = await t.http().get('/api/events').set(bearer(member)).set('Origin', origin);
        expect(response.headers['access-control-allow-origin']).toBeUndefined();
        const preflight = await t
          .http()
          .options('/api/events')
          .set('Origin', origin)
          .set('Access-Control-Request-Method', 'POST')
          .set('Access-Control-Request-Headers', 'authorization,content-type');
        expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      }
    });

    it('answers no origin at all when CORS_ORIGIN is unset', async () => {
      const plain = await another({});
      const response = await plain.http().get('/api/public/events').set('Origin', 'https://admin.example.org');
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('content types and the admin page', () => {
    it('sends nosniff on answers, errors and refusals alike', async () => {
      const responses = [
        await t.http().get('/api/health'),
        await t.http().get('/api/events'),
        await t.http().get('/api/events').set(bearer(member)),
        await t.http().get('/api/events/0').set(bearer(member)),
        await t.http().post('/api/events').set(bearer(member)).set('Content-Type', 'text/plain').send('x'),
        await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":'),
        await t.http().get('/'),
      ];
      for (const response of responses) expect(response.headers['x-content-type-options'], `${response.status}`).toBe('nosniff');
    });

    it('serves the admin with a Content-Security-Policy that runs only its own scripts', async () => {
      for (const path of ['/', '/booth-proposals/3/show']) {
        const response = await t.http().get(path);
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toMatch(/text\/html/);
        const csp = response.headers['content-security-policy'] as string;
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("object-src 'none'");
        expect(csp).toMatch(/frame-ancestors '(self|none)'/);
        expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      }
    });
  });

  describe('error bodies', () => {
    it('carry no stack trace, whatever went wrong', async () => {
      const responses = [
        await t.http().get('/api/no-such-route').set(bearer(member)),
        await t.http().get('/api/events/%E0%A4%A').set(bearer(member)),
        await t.http().get('/api/events?sort=[').set(bearer(member)),
        await t.http().post('/api/events').set(bearer(member)).set('Content-Type', 'application/json').send('{"name": '),
        await t
          .http()
          .post('/api/auth/login')
          .send({ email: 'nobody@example.org', password: 'x'.repeat(12) }),
        await t.http().get('/api/auth/me').set('Authorization', 'Bearer x.y.z'),
      ];
      for (const response of responses) {
        expect(response.status, response.text).toBeLessThan(500);
        expect(response.text, response.text).not.toMatch(STACK);
        expect(response.headers['content-type']).toMatch(/application\/json/);
      }
    });

    it('answer an unexpected failure with a plain 500 and keep the details in the log', () => {
      let sent: unknown;
      const response = { setHeader: () => undefined, status: () => ({ json: (body: unknown) => (sent = body) }) };
      const failure = new Error('relation "secret_table" does not exist at /srv/app/src/x.ts:12');
      new ErrorFilter().catch(failure, { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost);
      expect(sent).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        code: 'SERVER.ERROR',
        message: 'Something went wrong on our side; it has been logged',
      });
    });
  });

  describe('OpenAPI documents', () => {
    it('are served outside production', async () => {
      expect((await t.http().get('/api/docs-json')).status).toBe(200);
    });

    it('are off in production unless OPENAPI_DOCS=on', async () => {
      const production = await another({ NODE_ENV: 'production' });
      for (const path of ['/api/docs', '/api/docs/', '/api/docs-json']) expect((await production.http().get(path)).status).toBe(404);
      const enabled = await another({ NODE_ENV: 'production', OPENAPI_DOCS: 'on' });
      expect((await enabled.http().get('/api/docs-json')).status).toBe(200);
      const disabled = await another({ OPENAPI_DOCS: 'off' });
      expect((await disabled.http().get('/api/docs-json')).status).toBe(404);
    });
  });
});
