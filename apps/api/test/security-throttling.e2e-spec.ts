import { Logger, type LoggerService } from '@nestjs/common';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { redactUrl } from '../src/common/logging.js';
import { mailedToken } from './cfp-fixtures.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from './test-app.js';

const login = (t: TestApp, email: string, password: string, from?: string) => {
  const request = t.http().post('/api/auth/login');
  if (from) request.set('X-Forwarded-For', from);
  return request.send({ email, password });
};

describe('sign-in throttling per account and per address', () => {
  describe('behind a trusted proxy, so that each client address is seen', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({
        TRUST_PROXY: 'true',
        AUTH_RATE_LIMIT: '5',
        AUTH_ACCOUNT_FREE_FAILURES: '3',
        AUTH_ADDRESS_FAILURE_LIMIT: '1000',
      });
    });
    afterAll(() => t.close());

    it('stops guessing one account from many addresses, with 429 and Retry-After, even for the right password', async () => {
      const member = await t.user('member');
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 6; attempt++)
        statuses.push((await login(t, member.email, `guess-${attempt}`, `198.51.100.${attempt + 1}`)).status);
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429, 429]);
      const right = await login(t, member.email, TEST_PASSWORD, '203.0.113.99');
      expect(right.status).toBe(429);
      expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
      expect(right.body.code).toBe('REQUEST.RATE_LIMITED');
    });

    it('doubles the wait after each further failure, and the right password afterwards starts afresh', async () => {
      const member = await t.user('member');
      for (let attempt = 0; attempt < 3; attempt++)
        expect((await login(t, member.email, 'wrong-password', `192.0.2.${attempt}`)).status).toBe(401);
      const first = await login(t, member.email, 'wrong-password', '192.0.2.50');
      expect(first.status).toBe(429);
      expect(Number(first.headers['retry-after'])).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await login(t, member.email, 'wrong-password', '192.0.2.51')).status).toBe(401);
      const second = await login(t, member.email, 'wrong-password', '192.0.2.52');
      expect(second.status).toBe(429);
      expect(Number(second.headers['retry-after'])).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      expect((await login(t, member.email, TEST_PASSWORD, '192.0.2.53')).status).toBe(200);
      // Forgotten on success: three fresh failures are free again.
      for (let attempt = 0; attempt < 3; attempt++) expect((await login(t, member.email, 'wrong-password', '192.0.2.54')).status).toBe(401);
    });

    it('lets at most the free attempts through when 30 guesses at one account arrive at once', async () => {
      const member = await t.user('member');
      const started = Date.now();
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, index) => login(t, member.email, `parallel-${index}`, `10.1.0.${index}`)),
      );
      const seconds = (Date.now() - started) / 1000;
      // On a slow machine the burst may outlast a wait or two (1 s, then 2 s, …): one more guess each.
      const waitsOver = Math.floor(Math.log2(seconds + 1));
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(3 + waitsOver);
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(27 - waitsOver);
    });

    it('treats an unknown address like a known one, so the limit tells nothing about which accounts exist', async () => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt++)
        statuses.push((await login(t, 'nobody@example.test', 'wrong-password', `172.16.0.${attempt}`)).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
    });
  });

  describe('without TRUST_PROXY, where everyone behind one proxy shares an address', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ AUTH_RATE_LIMIT: '5', AUTH_ACCOUNT_FREE_FAILURES: '3', AUTH_ADDRESS_FAILURE_LIMIT: '8' });
    });
    afterAll(() => t.close());

    it('does not lock out colleagues: one member failing leaves the others able to sign in, again and again', async () => {
      const careless = await t.user('member');
      for (let attempt = 0; attempt < 5; attempt++) await login(t, careless.email, 'forgot-it-again');
      expect((await login(t, careless.email, TEST_PASSWORD)).status).toBe(429);
      for (let round = 0; round < 8; round++) {
        const colleague = await t.user('member');
        expect((await login(t, colleague.email, TEST_PASSWORD)).status).toBe(200);
      }
    });

    it('caps failures from one address across all accounts, and a spoofed X-Forwarded-For does not reset it', async () => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 12; attempt++) {
        const victim = await t.user('member');
        statuses.push((await login(t, victim.email, 'password-spraying', `203.0.113.${attempt}`)).status);
      }
      // Three failures were spent in the test above; the cap of 8 leaves 5 here.
      expect(statuses.filter((status) => status === 401).length).toBe(5);
      expect(statuses.slice(-4)).toEqual([429, 429, 429, 429]);
    });
  });

  describe('logging', () => {
    let t: TestApp;
    const lines: string[] = [];
    const capture: LoggerService = {
      log: (message: unknown) => lines.push(`log ${String(message)}`),
      warn: (message: unknown) => lines.push(`warn ${String(message)}`),
      error: (message: unknown, ...rest: unknown[]) => lines.push(`error ${String(message)} ${rest.map(String).join(' ')}`),
      debug: (message: unknown) => lines.push(`debug ${String(message)}`),
      verbose: (message: unknown) => lines.push(`verbose ${String(message)}`),
    };
    beforeAll(async () => {
      t = await createTestApp({ AUTH_ACCOUNT_FREE_FAILURES: '2', AUTH_RATE_LIMIT: '100' });
      Logger.overrideLogger(capture);
    });
    afterEach(() => undefined);
    afterAll(async () => {
      Logger.overrideLogger(false);
      await t.close();
    });

    it('logs sign-ins and refusals by user id and address, never the password, the e-mail typed or a token', async () => {
      const password = 'a-very-secret-passphrase-to-spot';
      const registered = await t.http().post('/api/auth/register').send({ email: 'logged@example.test', name: 'Logged', password });
      expect(registered.status).toBe(201);
      const signedIn = await login(t, 'logged@example.test', password);
      expect(signedIn.status).toBe(200);
      expect((await login(t, 'logged@example.test', 'wrong-but-secret-guess')).status).toBe(401);
      expect((await login(t, 'logged@example.test', 'wrong-but-secret-guess')).status).toBe(401);
      expect((await login(t, 'logged@example.test', 'third-secret-guess')).status).toBe(429);
      expect((await login(t, 'typed-my-password-here@example.test', 'another-secret-guess')).status).toBe(401);
      const verification = await mailedToken(t, 'logged@example.test', '/verify-email');
      expect((await t.http().post('/api/auth/verify-email').send({ token: verification })).status).toBe(200);

      const id = registered.body.user.id as number;
      const text = lines.join('\n');
      expect(text).toMatch(new RegExp(`signed in: user ${id}, from `));
      expect(text).toMatch(new RegExp(`sign-in refused: bad credentials for user ${id}, from `));
      expect(text).toMatch(/sign-in refused: throttled/);
      expect(text).toMatch(/sign-in refused: bad credentials for an unknown account/);
      for (const secret of [
        password,
        'wrong-but-secret-guess',
        'third-secret-guess',
        'another-secret-guess',
        'typed-my-password-here',
        signedIn.body.accessToken,
        verification,
      ]) {
        expect(text).not.toContain(secret);
      }
    });

    it('keeps the secret of a mailed link out of the access log', () => {
      expect(redactUrl('/invitations/accept?token=abc_DEF-123&x=1')).toBe('/invitations/accept?token=[redacted]&x=1');
      expect(redactUrl('/verify-email#token=abc')).toBe('/verify-email#token=[redacted]');
      expect(redactUrl('/api/events?sort=name')).toBe('/api/events?sort=name');
    });
  });
});
