import { nextIsoWeek } from '@summitdesk/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, mailText, startSmtp, until } from './cfp-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// The digest as subscribers receive it: over real SMTP, once each, in their language, as HTML and
// plain text, with RFC 8058 one-click unsubscribe headers that work without signing in.
describe('news mail over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let organizer: TestUser;
  let german: TestUser;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url, WORKERS: 'on', QUEUE_POLL_SECONDS: '0.5', PUBLIC_URL: 'https://events.example.org' });
    organizer = await t.user('organizer', { name: 'Stephen Spector' });
    german = await t.user('member', { name: 'Pasi Kärkkäinen', email: 'pasi@example.test' });
    await call(t.http().put('/api/subscriptions/me').set(bearer(german)).send({ digest: true, language: 'de' }), 200);
    await call(t.http().put('/api/subscriptions/me').set(bearer(organizer)).send({ digest: true, language: 'en' }), 200);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  // Headers as one line each (folded long lines joined).
  const headers = (raw: string) => raw.split(/\r\n\r\n/)[0].replace(/\r\n[ \t]+/g, ' ');
  const oneClickUrl = (raw: string) => /^List-Unsubscribe: <([^>]+)>/im.exec(headers(raw))![1].replace(/\s+/g, '');
  const mailsTo = (email: string, subject: RegExp) => smtp.received.filter((mail) => mail.to === email && subject.test(mailText(mail.raw)));

  it('delivers the digest once per subscriber, in German to a German reader, with one-click unsubscribe', async () => {
    const week = nextIsoWeek();
    const draft = await call(t.http().post('/api/digests').set(bearer(organizer)).send({ week }), 201);
    await call(
      t
        .http()
        .put(`/api/digests/${draft.id}`)
        .set(bearer(organizer))
        .send({ intro: 'Welcome to the new weekly digest.', version: draft.version }),
      200,
    );
    const sends = await Promise.all([1, 2, 3].map(() => t.http().post(`/api/digests/${draft.id}/send`).set(bearer(organizer)).send({})));
    expect(sends.map((response) => response.status).sort()).toEqual([200, 409, 409]);

    await until(() => mailsTo(german.email, /Rundbrief/).length > 0 && mailsTo(organizer.email, /Weekly digest/).length > 0);
    // Give a duplicate every chance to arrive.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const [toGerman] = mailsTo(german.email, /Rundbrief/);
    expect(mailsTo(german.email, /Rundbrief|Weekly digest/)).toHaveLength(1);
    expect(mailsTo(organizer.email, /Rundbrief|Weekly digest/)).toHaveLength(1);

    const head = headers(toGerman.raw);
    expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(head).toMatch(/^Content-Type: multipart\/alternative/m);
    expect(toGerman.raw).toMatch(/Content-Type: text\/plain/);
    expect(toGerman.raw).toMatch(/Content-Type: text\/html/);
    const text = mailText(toGerman.raw);
    expect(text).toContain('Wöchentlicher Rundbrief');
    expect(text).toContain('Welcome to the new weekly digest.');
    expect(text).toContain('https://events.example.org/unsubscribe#token=');
    expect(text).toContain('Mit einem Klick abbestellen');
    const url = oneClickUrl(toGerman.raw);
    expect(url.startsWith('https://events.example.org/api/public/unsubscribe?token=')).toBe(true);

    // The mail client's one-click POST, without any sign-in; a tampered copy changes nothing.
    const path = url.replace('https://events.example.org', '');
    const tampered = path.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    expect((await t.http().post(tampered).type('form').send('List-Unsubscribe=One-Click')).status).toBe(400);
    expect((await call(t.http().get('/api/subscriptions/me').set(bearer(german)), 200)).digest).toBe(true);
    const done = await t.http().post(path).type('form').send('List-Unsubscribe=One-Click');
    expect(done.status).toBe(200);
    expect((await call(t.http().get('/api/subscriptions/me').set(bearer(german)), 200)).digest).toBe(false);

    // The next issue no longer goes to them.
    const next = await call(t.http().post('/api/digests').set(bearer(organizer)).send({ week: '2040-W05' }), 201);
    expect(next.recipients).toBe(1);
  });

  it('puts the one-click headers on every mail, not only the digest', async () => {
    await call(t.http().post('/api/public/subscribe').send({ email: 'visitor@example.test' }), 202);
    await until(() => smtp.received.some((mail) => mail.to === 'visitor@example.test'));
    const confirmation = smtp.received.find((mail) => mail.to === 'visitor@example.test')!;
    expect(headers(confirmation.raw)).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(oneClickUrl(confirmation.raw)).toMatch(/^https:\/\/events\.example\.org\/api\/public\/unsubscribe\?token=/);
  });
});
