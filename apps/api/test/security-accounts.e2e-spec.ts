import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { call, mailedToken, mailText, outbox, setUpSummit } from './cfp-fixtures.js';
import { startSmtp, until } from './smtp.js';
import { bearer, createTestApp, type TestApp } from './test-app.js';

const PUBLIC_URL = 'https://summit.example.org';
const register = (t: TestApp, email: string, headers: Record<string, string> = {}) =>
  t.http().post('/api/auth/register').set(headers).send({ email, name: 'Fajar A. Nugraha', password: 'lanterns-over-jakarta-bay' });

describe('accounts: verified addresses, one registration per address, links from PUBLIC_URL', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      PUBLIC_URL: `${PUBLIC_URL}/`,
      SMTP_URL: smtp.url,
      WORKERS: 'on',
      QUEUE_POLL_SECONDS: '0.5',
      AUTH_RATE_LIMIT: '1000',
      VERIFICATION_MAILS_PER_HOUR: '3',
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const signIn = async (email: string) =>
    (await call(t.http().post('/api/auth/login').send({ email, password: 'lanterns-over-jakarta-bay' }), 200)).accessToken as string;

  it('mails a verification link on registration; the account works unverified until the link is followed', async () => {
    const registered = await call(register(t, 'Fajar@Example.test'), 201);
    expect(registered.user).toMatchObject({ emailVerified: false, emailVerifiedAt: null });
    const token = await signIn('fajar@example.test');
    const me = await call(
      t
        .http()
        .get('/api/auth/me')
        .set({ Authorization: `Bearer ${token}` }),
      200,
    );
    expect(me).toMatchObject({ emailVerified: false, emailVerifiedAt: null });
    // Ordinary member actions do not wait for verification.
    expect(
      (
        await t
          .http()
          .get('/api/events')
          .set({ Authorization: `Bearer ${token}` })
      ).status,
    ).toBe(200);

    const toFajar = () => smtp.received.find((received) => received.to.toLowerCase() === 'fajar@example.test');
    await until(() => !!toFajar(), 60_000);
    expect(mailText(toFajar()!.raw)).toContain(`${PUBLIC_URL}/verify-email#token=`);
    const link = await mailedToken(t, 'Fajar@Example.test', '/verify-email');
    expect(
      (
        await t
          .http()
          .post('/api/auth/verify-email')
          .send({ token: `${link.slice(0, -3)}xyz` })
      ).status,
    ).toBe(422);
    expect(await call(t.http().post('/api/auth/verify-email').send({ token: link }), 200)).toEqual({
      email: 'Fajar@Example.test',
      emailVerified: true,
    });
    const after = await call(
      t
        .http()
        .get('/api/auth/me')
        .set({ Authorization: `Bearer ${token}` }),
      200,
    );
    expect(after.emailVerified).toBe(true);
    expect(Date.parse(after.emailVerifiedAt)).toBeGreaterThan(Date.now() - 60_000);
    // Following the link again changes nothing; asking for another one is refused.
    expect((await t.http().post('/api/auth/verify-email').send({ token: link })).status).toBe(200);
    expect(
      (
        await t
          .http()
          .post('/api/auth/resend-verification')
          .set({ Authorization: `Bearer ${token}` })
      ).status,
    ).toBe(409);
  });

  it('refuses an expired link and keeps the account unverified', async () => {
    await call(register(t, 'late@example.test'), 201);
    const link = await mailedToken(t, 'late@example.test', '/verify-email');
    await t.dataSource.query(`UPDATE email_verification SET expires_at = now() - interval '1 minute' WHERE email = 'late@example.test'`);
    const expired = await t.http().post('/api/auth/verify-email').send({ token: link });
    expect(expired.status).toBe(422);
    expect(expired.body.message).toMatch(/expired/);
    const [row] = await t.dataSource.query(`SELECT email_verified_at FROM app_user WHERE email = 'late@example.test'`);
    expect(row.email_verified_at).toBeNull();
  });

  it('resends the link on request, a few times an hour at most, and only the newest links work', async () => {
    await call(register(t, 'again@example.test'), 201);
    const token = await signIn('again@example.test');
    const resend = () =>
      t
        .http()
        .post('/api/auth/resend-verification')
        .set({ Authorization: `Bearer ${token}` });
    expect((await resend()).status).toBe(200);
    expect((await resend()).status).toBe(200);
    const limited = await resend();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.code).toBe('REQUEST.RATE_LIMITED');
    expect((await outbox(t, 'again@example.test')).length).toBe(3);
    await call(
      t
        .http()
        .post('/api/auth/verify-email')
        .send({ token: await mailedToken(t, 'again@example.test', '/verify-email') }),
      200,
    );
  });

  it('verifies the demo users of the seed', async () => {
    const { seedUsers } = await import('../src/database/seed/seed-users.js');
    await seedUsers(t.dataSource);
    const rows = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM app_user WHERE email LIKE '%@summitdesk.test' AND email_verified_at IS NULL`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('creates one account when 50 registrations of one address race; the others get 409', async () => {
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) => register(t, index % 2 ? 'race@example.test' : 'RACE@example.test')),
    );
    process.stdout.write(`50 registrations took ${Date.now() - started} ms\n`);
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    for (const response of responses.filter((response) => response.status === 409)) expect(response.body.code).toBe('AUTH.EMAIL_TAKEN');
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE lower(email) = 'race@example.test'`);
    expect(rows[0].n).toBe(1);
    expect((await outbox(t, 'race@example.test')).length).toBe(1);
  }, 180_000);

  it('builds links in feeds and mails from PUBLIC_URL, whatever Host header the client sends', async () => {
    const s = await setUpSummit(t);
    const forged = { Host: 'attacker.example', 'X-Forwarded-Host': 'attacker.example', 'X-Forwarded-Proto': 'http' };
    const feed = await t.http().get('/api/public/events.ics').set(forged);
    expect(feed.status).toBe(200);
    expect(feed.text).toContain(`${PUBLIC_URL}/api/public/events.ics`);
    expect(feed.text).not.toContain('attacker.example');
    const agenda = await t.http().get(`/api/public/events/${s.slug}/agenda.ics`).set(forged);
    expect(agenda.status).toBe(200);
    expect(agenda.text).not.toContain('attacker.example');
    expect(agenda.text).not.toMatch(/127\.0\.0\.1/);

    await call(register(t, 'host@example.test', forged), 201);
    const [mail] = await outbox(t, 'host@example.test');
    expect(mail.body).toContain(`${PUBLIC_URL}/verify-email#token=`);
    expect(mail.body).not.toContain('attacker.example');
  });

  it('checks PUBLIC_URL at start: http(s) only, no trailing slash, localhost by default', () => {
    const base = { NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40), DATA_DIR: '/tmp' };
    expect(loadConfig({ ...base, PORT: '4100' }).publicUrl).toBe('http://localhost:4100');
    expect(loadConfig({ ...base, PORT: '4100', PUBLIC_URL: '' }).publicUrl).toBe('http://localhost:4100');
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://events.example.org/portal//' }).publicUrl).toBe('https://events.example.org/portal');
    expect(() => loadConfig({ ...base, PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ ...base, PUBLIC_URL: 'events.example.org' })).toThrow(/PUBLIC_URL/);
  });

  it('tells an unverified member why an invitation cannot be accepted yet', async () => {
    const s = await setUpSummit(t);
    void s;
    const unverified = await t.user('member', { emailVerifiedAt: null });
    const response = await t
      .http()
      .post('/api/submissions/invitations/accept')
      .set(bearer(unverified))
      .send({ token: 'a'.repeat(43) });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('AUTH.EMAIL_NOT_VERIFIED');
  });
});
