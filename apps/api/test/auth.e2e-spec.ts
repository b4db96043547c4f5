import { JwtService } from '@nestjs/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, TEST_PASSWORD, type TestApp } from './test-app.js';

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT: '5', AUTH_RATE_WINDOW_SECONDS: '60' });
  });
  afterAll(() => t.close());

  // Each scenario comes from its own client address so that the rate limit counts it separately;
  // the app trusts no proxy here, so these differ only through a real socket... except that
  // supertest always connects from 127.0.0.1, hence the rate-limit scenario runs last.
  it('registers a member, who then signs in and reads themselves', async () => {
    const registered = await t
      .http()
      .post('/api/auth/register')
      .send({ email: 'Heechul@Example.test', name: 'Heechul Kim', password: 'banner-at-scale-in-february', country: 'KR' });
    expect(registered.status).toBe(201);
    expect(registered.body.user).toMatchObject({ email: 'Heechul@Example.test', role: 'member', country: 'KR', disabled: false });
    expect(registered.body.user).not.toHaveProperty('passwordHash');

    const login = await t.http().post('/api/auth/login').send({ email: 'heechul@example.test', password: 'banner-at-scale-in-february' });
    expect(login.status).toBe(200);
    // The whole user, as /me gives it: the admin's first screen reads it (the unconfirmed-address banner).
    expect(login.body.user).toMatchObject({ name: 'Heechul Kim', role: 'member', country: 'KR', emailVerified: false });
    expect(login.body.user).not.toHaveProperty('passwordHash');

    const me = await t
      .http()
      .get('/api/auth/me')
      .set({ Authorization: `Bearer ${login.body.accessToken}` });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('Heechul@Example.test');
  });

  it('refuses a common password and a short one, naming the field, and creates nobody', async () => {
    const common = await t.http().post('/api/auth/register').send({ email: 'a@example.test', name: 'A', password: 'password123' });
    expect(common.status).toBe(422);
    expect(common.body.errors).toHaveProperty('password');
    const short = await t.http().post('/api/auth/register').send({ email: 'a@example.test', name: 'A', password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors.password).toMatch(/at least 10/);
    const count = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'a@example.test'`);
    expect(count[0].n).toBe(0);
  });

  it('refuses a second account for the same e-mail in any letter case', async () => {
    const member = await t.user('member');
    const again = await t
      .http()
      .post('/api/auth/register')
      .send({ email: member.email.toUpperCase(), name: 'Copy', password: 'another-long-passphrase-here' });
    expect(again.status).toBe(409);
    expect(again.body.errors).toHaveProperty('email');
  });

  it('answers a wrong password and an unknown e-mail with the same message', async () => {
    const member = await t.user('member');
    const wrong = await t.http().post('/api/auth/login').send({ email: member.email, password: 'not-the-password' });
    const unknown = await t.http().post('/api/auth/login').send({ email: 'nobody@example.test', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
    expect(wrong.body).not.toHaveProperty('accessToken');
  });

  it('refuses a login body without a password with 400', async () => {
    const response = await t.http().post('/api/auth/login').send({ email: 'x@example.test' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveProperty('password');
  });

  it('refuses requests without a token, with a forged one and with an expired one', async () => {
    const member = await t.user('member');
    expect((await t.http().get('/api/auth/me')).status).toBe(401);
    const forged = new JwtService({ secret: 'someone-elses-secret-that-is-long-enough' }).sign({ sub: member.id, role: 'organizer' });
    expect(
      (
        await t
          .http()
          .get('/api/auth/me')
          .set({ Authorization: `Bearer ${forged}` })
      ).status,
    ).toBe(401);
    const expired = t.app.get(JwtService).sign({ sub: member.id, role: 'member' }, { expiresIn: -10 });
    const response = await t
      .http()
      .get('/api/auth/me')
      .set({ Authorization: `Bearer ${expired}` });
    expect(response.status).toBe(401);
    expect(response.body.message).toMatch(/expired/);
  });

  it('stops a disabled user at once, even with a token issued before', async () => {
    const organizer = await t.user('organizer');
    const member = await t.user('member');
    expect((await t.http().get('/api/auth/me').set(bearer(member))).status).toBe(200);
    expect((await t.http().post(`/api/users/${member.id}/disable`).set(bearer(organizer)).send({})).status).toBe(200);
    expect((await t.http().get('/api/auth/me').set(bearer(member))).status).toBe(401);
    const login = await t.http().post('/api/auth/login').send({ email: member.email, password: TEST_PASSWORD });
    expect(login.status).toBe(401);
  });

  it('rate-limits login with 429 and Retry-After, and a spoofed X-Forwarded-For does not get around it', async () => {
    const member = await t.user('member');
    const statuses: number[] = [];
    let last;
    for (let attempt = 0; attempt < 8; attempt++) {
      last = await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', `203.0.113.${attempt}`)
        .send({ email: member.email, password: 'wrong-password-guess' });
      statuses.push(last.status);
    }
    expect(statuses).toContain(429);
    expect(last!.status).toBe(429);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect(last!.body.code).toBe('REQUEST.RATE_LIMITED');
    // Even the right password waits until the window is over.
    const right = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '198.51.100.7')
      .send({ email: member.email, password: TEST_PASSWORD });
    expect(right.status).toBe(429);
  });
});
