import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from './test-app.js';

const base64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

// A token written by hand, so that every part of it can be wrong on purpose.
function token(header: Record<string, unknown>, payload: Record<string, unknown>, secret: string, algorithm = 'sha256') {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac(algorithm, secret).update(unsigned).digest('base64url')}`;
}

// Attack suite, tokens: only a token this deployment signed with HS256, in its validity window, for
// an existing user, signs anyone in.
describe('security of tokens', () => {
  let t: TestApp;
  let member: TestUser;
  let organizer: TestUser;
  let secret: string;
  const now = () => Math.floor(Date.now() / 1000);
  const me = (value: string) => t.http().get('/api/auth/me').set('Authorization', `Bearer ${value}`);
  const refused = async (value: string) => {
    const response = await me(value);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('AUTH.UNAUTHENTICATED');
    expect(response.headers['www-authenticate']).toBe('Bearer');
  };

  beforeAll(async () => {
    t = await createTestApp();
    member = await t.user('member');
    organizer = await t.user('organizer');
    secret = t.config.jwtSecret;
  });
  afterAll(() => t.close());

  it('accepts a well-formed token written by hand (so the refusals below are for their one fault)', async () => {
    const response = await me(token({ alg: 'HS256', typ: 'JWT' }, { sub: member.id, role: 'member', iat: now(), exp: now() + 60 }, secret));
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(member.id);
  });

  it('refuses alg "none" with or without a signature', async () => {
    const payload = base64url({ sub: organizer.id, role: 'organizer', iat: now(), exp: now() + 60 });
    for (const alg of ['none', 'None', 'NONE']) {
      await refused(`${base64url({ alg, typ: 'JWT' })}.${payload}.`);
      await refused(`${base64url({ alg, typ: 'JWT' })}.${payload}`);
    }
  });

  it('refuses a token signed with another key', async () => {
    await refused(token({ alg: 'HS256', typ: 'JWT' }, { sub: member.id, iat: now(), exp: now() + 60 }, 'x'.repeat(64)));
  });

  it('refuses a token signed with the right key but another algorithm', async () => {
    await refused(token({ alg: 'HS512', typ: 'JWT' }, { sub: member.id, iat: now(), exp: now() + 60 }, secret, 'sha512'));
    await refused(token({ alg: 'HS384', typ: 'JWT' }, { sub: member.id, iat: now(), exp: now() + 60 }, secret, 'sha384'));
  });

  it('refuses an expired token and says the session expired', async () => {
    const response = await me(token({ alg: 'HS256', typ: 'JWT' }, { sub: member.id, iat: now() - 120, exp: now() - 60 }, secret));
    expect(response.status).toBe(401);
    expect(response.body.message).toMatch(/expired/);
  });

  it('refuses a token that is not yet valid', async () => {
    await refused(token({ alg: 'HS256', typ: 'JWT' }, { sub: member.id, iat: now(), nbf: now() + 3600, exp: now() + 7200 }, secret));
  });

  it('refuses a tampered payload: another user or role under the original signature', async () => {
    const genuine = member.token.split('.');
    const payload = JSON.parse(Buffer.from(genuine[1], 'base64url').toString());
    for (const forged of [
      { ...payload, sub: organizer.id },
      { ...payload, role: 'organizer' },
    ]) {
      await refused(`${genuine[0]}.${base64url(forged)}.${genuine[2]}`);
    }
    // And the genuine one still works.
    expect((await me(member.token)).status).toBe(200);
  });

  it('refuses a correctly signed token whose subject is not a user id', async () => {
    for (const sub of [999_999_999, 0, -1, 'abc', '1', 2 ** 40, 1.5, null, { id: 1 }, [member.id]]) {
      await refused(token({ alg: 'HS256', typ: 'JWT' }, { sub, iat: now(), exp: now() + 60 }, secret));
    }
  });

  it('refuses malformed headers and tokens outside the Authorization header', async () => {
    for (const value of ['', 'a.b', 'a.b.c', `${member.token}x`, `${member.token}.extra`]) await refused(value);
    expect((await t.http().get('/api/auth/me').set('Authorization', `Basic ${member.token}`)).status).toBe(401);
    expect((await t.http().get(`/api/auth/me?access_token=${member.token}`)).status).toBe(401);
    expect((await t.http().get('/api/auth/me').set('Cookie', `token=${member.token}`)).status).toBe(401);
  });

  it('does not carry the signing key or a stack in any refusal', async () => {
    const response = await me(token({ alg: 'HS512', typ: 'JWT' }, { sub: member.id }, secret, 'sha512'));
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(secret);
    expect(text).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });
});
