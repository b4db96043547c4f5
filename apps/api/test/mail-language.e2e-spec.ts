import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContestsService } from '../src/contests/contests.service.js';
import { createBudget } from './booth-fixtures.js';
import { approve, enter, moveWindows, png, publishedContest, windows } from './contest-fixtures.js';
import { approvedBooth, shipment, step, stockedItem } from './shipment-fixtures.js';
import { startSmtp, until } from './smtp.js';
import { bearer, createTestApp, TEST_PASSWORD, type TestApp, type TestUser } from './test-app.js';

// Mail that reads well: the reader's language, their choice of mails, one mail per parcel, the
// organizers' view of outgoing mail with retry, and "voting opened" once.
describe('mail in the reader language, preferences and outgoing mail', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let organizer: TestUser;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url, WORKERS: 'on', QUEUE_POLL_SECONDS: '0.5', PUBLIC_URL: 'https://desk.example.test' });
    organizer = await t.user('organizer', { name: 'Stephen Spector' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const prefs = (user: TestUser) => t.http().get('/api/mail-preferences/me').set(bearer(user));
  const setPrefs = (user: TestUser, body: object) => t.http().put('/api/mail-preferences/me').set(bearer(user)).send(body);
  const rows = (email: string): Promise<Array<{ id: string; kind: string; status: string; subject: string; language: string }>> =>
    t.dataSource.query(`SELECT id, kind, status, subject, language FROM outbox_message WHERE to_email = $1 ORDER BY id`, [email]);
  const textOf = (raw: string) =>
    raw
      .replace(/=\r?\n/g, '')
      .replace(/=C3=BC/g, 'ü')
      .replace(/=C3=A4/g, 'ä')
      .replace(/=E2=80=9[CE]/g, '"');

  it('registers with the browser language and writes the verification mail in German', async () => {
    const email = 'juergen@example.test';
    const registered = await t
      .http()
      .post('/api/auth/register')
      .set('Accept-Language', 'de-DE,de;q=0.9,en;q=0.5')
      .send({ email, name: 'Jürgen Groß', password: TEST_PASSWORD });
    expect(registered.status).toBe(201);
    expect(registered.body.user.language).toBe('de');
    await until(() => smtp.received.some((mail) => mail.to === email));
    const mail = smtp.received.find((received) => received.to === email)!;
    expect(mail.raw).toMatch(/Content-Type: text\/plain/);
    expect(mail.raw).toMatch(/Content-Type: text\/html/);
    expect(mail.raw).toContain('https://desk.example.test/verify-email#token=');
    expect(textOf(mail.raw)).toMatch(/Hallo J/);
    expect((await rows(email))[0]).toMatchObject({ kind: 'email_verification', language: 'de' });
  });

  it('lets a member choose the language and optional mails; required kinds cannot be turned off', async () => {
    const member = await t.user('member');
    const before = await prefs(member);
    expect(before.body).toMatchObject({ id: 'me', language: 'en', kinds: { shipment_shipped: true, contest_voting_opened: false } });
    expect(before.body.required).toContain('email_verification');
    const updated = await setPrefs(member, { language: 'de', kinds: { booth_shift_offered: false, contest_voting_opened: true } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ language: 'de', kinds: { booth_shift_offered: false, contest_voting_opened: true } });
    expect((await setPrefs(member, { kinds: { email_verification: false } })).status).toBe(400);
    expect((await setPrefs(member, { language: 'fr' })).status).toBe(400);
    expect((await setPrefs(member, JSON.parse('{"__proto__": {"x": 1}}'))).status).toBe(400);
    expect((await t.http().get('/api/mail-preferences/me')).status).toBe(401);
  });

  it('ships a parcel with one mail to the proposer, in German, and records a turned-off mail as skipped', async () => {
    await createBudget(t, organizer, 1_000_000);
    const pasi = await t.user('member', { name: 'Pasi Kärkkäinen' });
    expect((await setPrefs(pasi, { language: 'de' })).status).toBe(200);
    const flyers = await stockedItem(t, organizer, 'FLY-MAIL', 'Xen flyers', 500);
    const booth = await approvedBooth(t, organizer, pasi, { materials: [{ itemId: flyers.id, quantity: 100 }] });
    const parcel = await shipment(t, organizer, {
      boothProposalId: booth.id,
      service: 'Ground',
      lines: [{ itemId: flyers.id, quantity: 100 }],
    });
    await step(t, organizer, parcel.id, 'pack');
    const before = (await rows(pasi.email)).length;
    await step(t, organizer, parcel.id, 'ship', { carrier: 'UPS', trackingNumber: '1z999aa1 0123456784' });
    // The booth moved on to shipped with this parcel; the proposer still gets exactly one mail.
    expect((await t.http().get(`/api/booth-proposals/${booth.id}`).set(bearer(pasi))).body.status).toBe('shipped');
    const after = (await rows(pasi.email)).slice(before);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      kind: 'shipment_shipped',
      language: 'de',
      subject: `Stand bei ${booth.event.name}: Sendung #${parcel.id} ist unterwegs`,
    });
    await until(() => smtp.received.some((mail) => mail.to === pasi.email && mail.raw.includes(`#${parcel.id}`)));
    expect(smtp.received.filter((mail) => mail.to === pasi.email && mail.raw.includes('Sendung'))).toHaveLength(1);

    // Turned off: the next parcel mail is kept as skipped, never sent; the bell still has it.
    expect((await setPrefs(pasi, { kinds: { shipment_shipped: false } })).status).toBe(200);
    const second = await shipment(t, organizer, {
      boothProposalId: booth.id,
      service: 'Ground',
      lines: [{ itemId: flyers.id, quantity: 10 }],
    });
    await step(t, organizer, second.id, 'pack');
    await step(t, organizer, second.id, 'ship', { carrier: 'UPS', trackingNumber: '1z999aa1 0123456784' });
    const skipped = (await rows(pasi.email)).at(-1)!;
    expect(skipped).toMatchObject({ kind: 'shipment_shipped', status: 'skipped' });
    const listed = await t
      .http()
      .get('/api/outgoing-mails')
      .query({ filter: JSON.stringify({ status: 'skipped', kind: 'shipment_shipped' }) })
      .set(bearer(organizer));
    expect(listed.status).toBe(200);
    expect(listed.body.map((row: { id: number }) => row.id)).toContain(Number(skipped.id));
    const bell = await t.http().get('/api/notifications').set(bearer(pasi));
    expect(bell.body.some((row: { title: string }) => row.title.includes(`#${second.id}`))).toBe(true);
  });

  it('lets an organizer retry a failed mail once; a sent one answers 409; members may not', async () => {
    const member = await t.user('member');
    await t.dataSource.query(
      `INSERT INTO outbox_message (to_user_id, to_email, kind, subject, body, status, attempts, last_error)
       VALUES ($1, $2, 'shipment_warning', 'Shipping warning: retry me', 'body', 'failed', 6, '451 Mailbox busy')`,
      [member.id, member.email],
    );
    const [{ id }] = await t.dataSource.query(`SELECT id FROM outbox_message WHERE subject = 'Shipping warning: retry me'`);
    const failed = await t
      .http()
      .get('/api/outgoing-mails')
      .query({ filter: JSON.stringify({ status: 'failed' }) })
      .set(bearer(organizer));
    expect(failed.body.find((row: { id: number }) => row.id === Number(id))).toMatchObject({ lastError: '451 Mailbox busy', attempts: 6 });
    expect((await t.http().post(`/api/outgoing-mails/${id}/retry`).set(bearer(member))).status).toBe(403);
    const retried = await t.http().post(`/api/outgoing-mails/${id}/retry`).set(bearer(organizer));
    expect(retried.status).toBe(200);
    expect(retried.body.status).toBe('pending');
    await until(async () => (await t.http().get(`/api/outgoing-mails/${id}`).set(bearer(organizer))).body.status === 'sent');
    expect(smtp.received.filter((mail) => mail.raw.includes('Shipping warning: retry me'))).toHaveLength(1);
    const again = await t.http().post(`/api/outgoing-mails/${id}/retry`).set(bearer(organizer));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('OUTGOING_MAIL.NOT_RETRYABLE');
    const [audit] = await t.dataSource.query(
      `SELECT action, from_state, to_state FROM audit_log WHERE entity = 'outbox_message' AND entity_id = $1`,
      [Number(id)],
    );
    expect(audit).toMatchObject({ action: 'retry', from_state: 'failed', to_state: 'pending' });
    expect((await t.http().post('/api/outgoing-mails/999999999/retry').set(bearer(organizer))).status).toBe(404);
  });

  it('tells entrants under the bell that voting opened, and mails members who asked, once across two replicas', async () => {
    const author = await t.user('member', { name: 'Konrad Wilk' });
    const fan = await t.user('member', { name: 'Lars Kurth' });
    expect((await setPrefs(fan, { language: 'de', kinds: { contest_voting_opened: true } })).status).toBe(200);
    const contest = await publishedContest(t, organizer, { title: 'Mascot vote' });
    const entry = await enter(t, author, contest.id, 'Panda', await png());
    await approve(t, organizer, entry.id);
    const contests = t.app.get(ContestsService);
    expect(await contests.announceOpenedVoting(new Date())).toBe(0);
    await moveWindows(t, organizer, contest.id, windows.voting());
    // Two replicas run the job at the same moment, then it runs again later.
    await Promise.all([contests.announceOpenedVoting(new Date()), contests.announceOpenedVoting(new Date())]);
    await contests.announceOpenedVoting(new Date());
    const opened = await t.dataSource.query(
      `SELECT to_user_id, status, language FROM outbox_message WHERE dedupe_key LIKE $1 ORDER BY to_user_id`,
      [`contest-${contest.id}-voting-opened-%`],
    );
    const forUser = (user: TestUser) => opened.filter((row: { to_user_id: number }) => row.to_user_id === user.id);
    expect(forUser(author)).toEqual([{ to_user_id: author.id, status: 'skipped', language: 'en' }]);
    expect(forUser(fan)).toHaveLength(1);
    expect(forUser(fan)[0].language).toBe('de');
    const bell = await t.http().get('/api/notifications').set(bearer(author));
    expect(bell.body.filter((row: { title: string }) => row.title === 'Voting has opened: Mascot vote')).toHaveLength(1);
    await until(() => smtp.received.some((mail) => mail.to === fan.email));
    expect(smtp.received.filter((mail) => mail.to === fan.email)).toHaveLength(1);
    expect(textOf(smtp.received.find((mail) => mail.to === fan.email)!.raw)).toContain('Die Abstimmung hat begonnen');
  });
});
