import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('HTTP conventions', () => {
  let t: TestApp;
  let organizer: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT: '10kb' });
    organizer = await t.user('organizer');
  });
  afterAll(() => t.close());

  const eventCount = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM event'))[0].n as number;

  it('answers malformed JSON with 400 and writes nothing', async () => {
    const before = await eventCount();
    const response = await t
      .http()
      .post('/api/events')
      .set(bearer(organizer))
      .set('Content-Type', 'application/json')
      .send('{"name": "SCALE",');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'REQUEST.MALFORMED_JSON' });
    expect(await eventCount()).toBe(before);
  });

  it('answers an oversized body with 413', async () => {
    const response = await t
      .http()
      .post('/api/events')
      .set(bearer(organizer))
      .send({ name: 'x'.repeat(20_000) });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('REQUEST.TOO_LARGE');
  });

  it('answers a body that is not JSON with 415', async () => {
    const response = await t.http().post('/api/events').set(bearer(organizer)).set('Content-Type', 'text/plain').send('name=SCALE');
    expect(response.status).toBe(415);
  });

  it('gives every response a request id and echoes a sane one back', async () => {
    const response = await t.http().get('/api/health').set('X-Request-Id', 'trace-abc-123');
    expect(response.headers['x-request-id']).toBe('trace-abc-123');
    const generated = await t.http().get('/api/health').set('X-Request-Id', 'bad id with spaces');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports health with the database and migrations', async () => {
    const response = await t.http().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up', migrationsPending: false });
  });

  it('serves the OpenAPI document with the events paths', async () => {
    const response = await t.http().get('/api/docs-json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/events', '/api/events/{id}/confirm', '/api/auth/login']),
    );
  });

  it('answers an unknown route with a JSON 404', async () => {
    const response = await t.http().get('/api/no-such-thing').set(bearer(organizer));
    expect(response.status).toBe(404);
    expect(response.body.statusCode).toBe(404);
  });

  it('sets security headers', async () => {
    const response = await t.http().get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
