import { isoWeekRange, nextIsoWeek } from '@summitdesk/contracts';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnouncementsService } from '../src/announcements/announcements.service.js';
import { unsubscribeToken } from '../src/common/unsubscribe-link.js';
import { call, setUpSummit, type Summit } from './cfp-fixtures.js';
import { publishedContest } from './contest-fixtures.js';
import { acceptedTalks, presentationWithSlides } from './presentation-fixtures.js';
import { approvedBooth, daysFromToday } from './shipment-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

const xss = 'Hello **world**\n\n<script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3))';

describe('announcements, subscriptions and the weekly digest', () => {
  let t: TestApp;
  let s: Summit;
  let organizer: TestUser;
  let member: TestUser;
  let otherChair: TestUser;
  let otherSummit: Summit;
  let booth: { id: number };

  beforeAll(async () => {
    t = await createTestApp();
    s = await setUpSummit(t);
    organizer = s.organizer;
    member = await t.user('member', { name: 'Heechul Kim' });
    otherSummit = await setUpSummit(t);
    otherChair = otherSummit.chair;
    // The booth's event is three weeks away, so its year's budget pays for it.
    await call(post(organizer, '/api/budgets', { year: Number(daysFromToday(20).slice(0, 4)), currency: 'USD', amount: 1_000_000 }), 201);
    booth = await approvedBooth(
      t,
      organizer,
      member,
      {},
      {
        name: 'SCALE',
        startDate: daysFromToday(20),
        endDate: daysFromToday(22),
        timeZone: 'America/Los_Angeles',
        city: 'Los Angeles',
        country: 'US',
      },
    );
    await publishedContest(t, organizer, { title: 'Community mascot contest' });
  });
  afterAll(() => t.close());

  const post = (user: TestUser | null, path: string, body: unknown = {}) => {
    const request = t.http().post(path);
    return user ? request.set(bearer(user)).send(body as object) : request.send(body as object);
  };
  const get = (user: TestUser | null, path: string) => (user ? t.http().get(path).set(bearer(user)) : t.http().get(path));

  describe('announcements', () => {
    it('renders Markdown with scripts, event handlers and javascript: links inert', async () => {
      const created = await call(post(organizer, '/api/announcements', { title: 'Markdown', body: xss }), 201);
      expect(created.status).toBe('draft');
      expect(created.bodyHtml).toContain('<strong>world</strong>');
      // The markup is shown as text: no element, attribute or javascript: link survives.
      expect(created.bodyHtml).not.toMatch(/<script|<img|href="javascript:/i);
      expect(created.bodyHtml).toContain('&lt;script&gt;');
    });

    it('lets organizers and chairs write, about their own summit for a chair, and nobody else', async () => {
      await call(post(member, '/api/announcements', { title: 'Mine', body: 'x' }), 403);
      await call(post(null, '/api/announcements', { title: 'Mine', body: 'x' }), 401);
      const chairs = await call(post(s.chair, '/api/announcements', { title: 'Reviewers wanted', body: 'Join us', cfpId: s.cfpId }), 201);
      expect(chairs.allowedActions).toEqual(['schedule', 'publish']);
      await call(post(s.chair, '/api/announcements', { title: 'Not mine', eventId: otherSummit.eventId }), 403);
      await call(post(s.chair, '/api/announcements', { title: 'No event' }), 403);
      // Another summit's chair cannot see or change this draft.
      await call(get(otherChair, `/api/announcements/${chairs.id}`), 404);
      await call(post(otherChair, `/api/announcements/${chairs.id}/publish`), 404);
      await call(post(member, `/api/announcements/${chairs.id}/publish`), 404);
      await call(post(s.chair, `/api/announcements/${chairs.id}/publish`), 200);
      // Published: everyone may read it, only its author and organizers may change it.
      await call(get(member, `/api/announcements/${chairs.id}`), 200);
      await call(post(otherChair, `/api/announcements/${chairs.id}/retract`), 403);
    });

    it('refuses bad input with 4xx and writes nothing', async () => {
      await call(post(organizer, '/api/announcements', {}), 400);
      await call(post(organizer, '/api/announcements', { title: 'x', eventId: 999_999 }), 422);
      await call(post(organizer, '/api/announcements', { title: 'x', status: 'published' }), 400);
      const draft = await call(post(organizer, '/api/announcements', { title: 'Later', body: 'soon' }), 201);
      await call(post(organizer, `/api/announcements/${draft.id}/schedule`, { publishAt: '2001-01-01T00:00:00Z' }), 422);
      await call(post(organizer, `/api/announcements/${draft.id}/retract`), 409);
      await call(post(organizer, `/api/announcements/${draft.id}/publish`, { version: draft.version + 5 }), 409);
      expect((await call(get(organizer, `/api/announcements/${draft.id}`), 200)).status).toBe('draft');
    });

    it('publishes, pins, lists publicly, and keeps drafts and scheduled ones out of public view', async () => {
      const news = await call(
        post(organizer, '/api/announcements', { title: 'Xen Summit at AMD', body: 'See you **there**', pinned: true }),
        201,
      );
      const draft = await call(post(organizer, '/api/announcements', { title: 'Secret draft' }), 201);
      await call(get(null, `/api/public/announcements/${news.id}`), 404);
      const published = await call(post(organizer, `/api/announcements/${news.id}/publish`, { version: news.version }), 200);
      expect(published).toMatchObject({ status: 'published', allowedActions: ['retract'] });
      expect(published.publishedAt).toBeTruthy();
      await call(post(organizer, `/api/announcements/${news.id}/publish`), 409);

      const list = await get(null, '/api/public/announcements');
      expect(list.status).toBe(200);
      expect(list.headers['content-range']).toMatch(/^announcements /);
      expect(list.body[0].title).toBe('Xen Summit at AMD');
      expect(list.body.map((row: { id: number }) => row.id)).not.toContain(draft.id);
      expect(list.body[0]).not.toHaveProperty('version');
      await call(get(null, `/api/public/announcements/${draft.id}`), 404);
      // Members see published news, not other people's drafts.
      const seen = await call(get(member, '/api/announcements'), 200);
      expect(seen.map((row: { id: number }) => row.id)).not.toContain(draft.id);
      // A published one is retracted before it is deleted.
      await call(t.http().delete(`/api/announcements/${news.id}`).set(bearer(organizer)), 409);
      await call(t.http().delete(`/api/announcements/${draft.id}`).set(bearer(organizer)), 200);
    });

    it('serves an Atom feed that parses, with links from PUBLIC_URL and inert bodies', async () => {
      const item = await call(post(organizer, '/api/announcements', { title: 'Feed <item> & more', body: xss }), 201);
      await call(post(organizer, `/api/announcements/${item.id}/publish`), 200);
      const response = await t.http().get('/api/public/news.atom').set('Host', 'evil.example');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/application\/atom\+xml/);
      const feed = new XMLParser({ ignoreAttributes: false }).parse(response.text).feed;
      const entries = [feed.entry].flat();
      const entry = entries.find((candidate: { title: unknown }) => JSON.stringify(candidate.title).includes('Feed <item> & more'));
      expect(entry).toBeDefined();
      expect(JSON.stringify(entry.link)).toContain(`${t.config.publicUrl}/news/${item.id}`);
      expect(response.text).not.toContain('evil.example');
      expect(String(entry.content['#text'] ?? entry.content)).not.toMatch(/<script|<img|href="javascript:/i);
    });

    it('publishes scheduled announcements when their time comes, once', async () => {
      const draft = await call(post(organizer, '/api/announcements', { title: 'Scheduled news' }), 201);
      const at = new Date(Date.now() + 60_000).toISOString();
      const scheduled = await call(post(organizer, `/api/announcements/${draft.id}/schedule`, { publishAt: at }), 200);
      expect(scheduled).toMatchObject({ status: 'scheduled', publishAt: at });
      const service = t.app.get(AnnouncementsService);
      expect(await service.publishDue(new Date())).toBe(0);
      const later = new Date(Date.now() + 120_000);
      const [first, second] = await Promise.all([service.publishDue(later), service.publishDue(later)]);
      expect(first + second).toBe(1);
      expect((await call(get(null, `/api/public/announcements/${draft.id}`), 200)).title).toBe('Scheduled news');
      const audit = await t.dataSource.query(`SELECT action, to_state FROM audit_log WHERE entity = 'announcement' AND entity_id = $1`, [
        String(draft.id),
      ]);
      expect(audit.filter((row: { action: string }) => row.action === 'publish')).toHaveLength(1);
    });

    it('offers ready drafts from the data and writes each up once', async () => {
      await call(get(member, '/api/announcements/suggestions'), 403);
      const suggestions = await call(get(organizer, '/api/announcements/suggestions'), 200);
      const kinds = suggestions.map((suggestion: { key: string }) => suggestion.key);
      expect(kinds).toContain(`cfp-opening-${s.cfpId}`);
      expect(kinds).toContain(`committee-${s.committeeId}`);
      expect(kinds).toContain(`booth-volunteers-${booth.id}`);
      expect(kinds.some((key: string) => key.startsWith('contest-entries-'))).toBe(true);
      const cfp = suggestions.find((suggestion: { key: string }) => suggestion.key === `cfp-opening-${s.cfpId}`);
      expect(cfp.body).toContain('America/Los_Angeles');
      const scale = suggestions.find((suggestion: { key: string }) => suggestion.key === `booth-volunteers-${booth.id}`);
      expect(scale.title).toBe('Booth help wanted at SCALE');

      // A chair is offered their own summit's drafts only.
      const chairs = await call(get(s.chair, '/api/announcements/suggestions'), 200);
      expect(chairs.map((suggestion: { eventId: number }) => suggestion.eventId)).toEqual(expect.arrayContaining([s.eventId]));
      expect(chairs.every((suggestion: { eventId: number }) => suggestion.eventId === s.eventId)).toBe(true);

      const [a, b] = await Promise.all([
        post(organizer, '/api/announcements/suggestions', { key: `booth-volunteers-${booth.id}` }),
        post(organizer, '/api/announcements/suggestions', { key: `booth-volunteers-${booth.id}` }),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 409].sort((x, y) => x - y));
      const draft = a.status === 201 ? a.body : b.body;
      expect(draft).toMatchObject({ status: 'draft', boothProposalId: booth.id, suggestionKey: `booth-volunteers-${booth.id}` });
      const after = await call(get(organizer, '/api/announcements/suggestions'), 200);
      expect(after.map((suggestion: { key: string }) => suggestion.key)).not.toContain(`booth-volunteers-${booth.id}`);
      await call(post(organizer, '/api/announcements/suggestions', { key: `booth-volunteers-${booth.id}` }), 409);
      await call(post(organizer, '/api/announcements/suggestions', { key: 'booth-volunteers-999999' }), 422);
      await call(post(organizer, '/api/announcements/suggestions', { key: 'rm -rf' }), 400);
    });
  });

  describe('subscriptions', () => {
    const subscriber = (email: string) =>
      t.dataSource.query(`SELECT * FROM subscriber WHERE lower(email) = lower($1)`, [email]).then((rows) => rows[0]);
    const confirmToken = async (email: string) => {
      const [mail] = await t.dataSource.query(`SELECT body FROM outbox_message WHERE to_email = $1 ORDER BY id DESC LIMIT 1`, [email]);
      return /\/subscribe\/confirm#token=([\w-]+)/.exec(mail.body)![1];
    };

    it('subscribes an address with double opt-in', async () => {
      const response = await post(null, '/api/public/subscribe', { email: 'reader@example.test', topics: ['cfps'], language: 'de' });
      expect(response.status).toBe(202);
      expect((await subscriber('reader@example.test')).confirmed_at).toBeNull();
      // The same answer for a second ask, and no second mail within minutes.
      expect((await post(null, '/api/public/subscribe', { email: 'Reader@example.test' })).status).toBe(202);
      const mails = await t.dataSource.query(`SELECT subject FROM outbox_message WHERE to_email = 'reader@example.test'`);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toContain('bestätigen');
      await call(post(null, '/api/public/subscribe/confirm', { token: 'x'.repeat(43) }), 400);
      const confirmed = await call(post(null, '/api/public/subscribe/confirm', { token: await confirmToken('reader@example.test') }), 200);
      expect(confirmed).toEqual({ email: 'reader@example.test', confirmed: true });
      expect((await subscriber('reader@example.test')).confirmed_at).not.toBeNull();
    });

    it('refuses bad addresses and unknown fields', async () => {
      await call(post(null, '/api/public/subscribe', { email: 'not an address' }), 400);
      await call(post(null, '/api/public/subscribe', { email: 'a@example.test', topics: ['everything'] }), 400);
      await call(post(null, '/api/public/subscribe', { email: 'a@example.test', confirmedAt: '2020-01-01T00:00:00Z' }), 400);
    });

    it('refuses a tampered unsubscribe link with 400 and changes nothing', async () => {
      const before = await subscriber('reader@example.test');
      const good = unsubscribeToken(t.config.jwtSecret, 'reader@example.test');
      const forged = `${Buffer.from('reader@example.test').toString('base64url')}.${'A'.repeat(43)}`;
      const otherAddress = `${Buffer.from('someone@example.test').toString('base64url')}.${good.split('.')[1]}`;
      for (const token of [forged, otherAddress, good.slice(0, -1), 'garbage', '']) {
        const response = await post(null, `/api/public/unsubscribe?token=${encodeURIComponent(token)}`);
        expect(response.status, token).toBe(400);
        if (token) expect(response.body.code).toBe('SUBSCRIPTION.BAD_LINK');
      }
      expect(await subscriber('reader@example.test')).toEqual(before);
      expect(await subscriber('someone@example.test')).toBeUndefined();
    });

    it('unsubscribes with one click (RFC 8058 form post) without signing in', async () => {
      const token = unsubscribeToken(t.config.jwtSecret, 'reader@example.test');
      const response = await t.http().post(`/api/public/unsubscribe?token=${token}`).type('form').send('List-Unsubscribe=One-Click');
      expect(response.status).toBe(200);
      const row = await subscriber('reader@example.test');
      expect(row).toMatchObject({ digest: false, topics: [] });
      expect(row.unsubscribed_at).not.toBeNull();
      // The admin's page sends the token as JSON; a second click changes nothing more.
      await call(post(null, '/api/public/unsubscribe', { token }), 200);
    });

    it('lists subscribers for organizers by status, without their tokens', async () => {
      await call(post(null, '/api/public/subscribe', { email: 'pending-reader@example.test', language: 'de', topics: ['contests'] }), 202);
      const list = (query: string, user: TestUser | null = organizer) => get(user, `/api/subscribers?${query}`);
      const pending = await call(list(`filter=${encodeURIComponent(JSON.stringify({ status: 'pending', q: 'pending-reader' }))}`), 200);
      expect(pending).toEqual([
        expect.objectContaining({ email: 'pending-reader@example.test', status: 'pending', language: 'de', topics: ['contests'] }),
      ]);
      expect(pending[0]).not.toHaveProperty('confirmTokenHash');
      const gone = await call(list(`filter=${encodeURIComponent(JSON.stringify({ status: 'unsubscribed' }))}`), 200);
      expect(gone.map((row: { email: string }) => row.email)).toContain('reader@example.test');
      await call(list(`filter=${encodeURIComponent(JSON.stringify({ status: 'everyone' }))}`), 400);
      await call(list('sort=["__proto__","ASC"]'), 400);
      await call(list('', member), 403);
    });

    it("keeps a member's own settings, including consent to be named", async () => {
      await call(get(null, '/api/subscriptions/me'), 401);
      expect(await call(get(member, '/api/subscriptions/me'), 200)).toMatchObject({
        digest: false,
        creditConsent: false,
        confirmed: false,
      });
      const saved = await call(
        t
          .http()
          .put('/api/subscriptions/me')
          .set(bearer(member))
          .send({ digest: true, topics: ['booth_help', 'events'], country: 'US', language: 'en', creditConsent: true }),
        200,
      );
      expect(saved).toMatchObject({ digest: true, topics: ['booth_help', 'events'], creditConsent: true, confirmed: true });
      await call(t.http().put('/api/subscriptions/me').set(bearer(member)).send({ digest: 'yes' }), 400);
    });
  });

  describe('the weekly digest', () => {
    const week = nextIsoWeek();
    let german: TestUser;

    beforeAll(async () => {
      german = await t.user('member', { name: 'Pasi Kärkkäinen' });
      await call(t.http().put('/api/subscriptions/me').set(bearer(german)).send({ digest: true, language: 'de' }), 200);
      await call(t.http().put('/api/subscriptions/me').set(bearer(organizer)).send({ digest: true, language: 'en' }), 200);
      // Slides uploaded in the issue's week, with one viewing: the library's "new presentations" and the
      // statistics' closing line come from them.
      const speaker = await t.user('member');
      const [talk] = await acceptedTalks(t, s, speaker, ['Digest-worthy Xen on ARM']);
      const slides = await presentationWithSlides(t, speaker, talk.id);
      await t.dataSource.query(`UPDATE presentation SET uploaded_at = $2 WHERE id = $1`, [slides.id, isoWeekRange(week).from]);
      await t.dataSource.query(
        `INSERT INTO presentation_hit (presentation_id, kind, day, visitor_hash) VALUES ($1, 'view', current_date, 'x')`,
        [slides.id],
      );
    });

    it('is for organizers only', async () => {
      await call(post(member, '/api/digests', { week }), 403);
      await call(get(s.chair, '/api/digests'), 403);
      await call(post(null, '/api/digests', { week }), 401);
      await call(post(organizer, '/api/digests', { week: '2027-W60' }), 400);
      await call(post(organizer, '/api/digests', { week: 'next' }), 400);
    });

    it('composes the week from the data, takes an intro, and sends once per subscriber in their language', async () => {
      const draft = await call(post(organizer, '/api/digests', { week }), 201);
      // The member who opted in above, the German-speaking member and the organizer; not the address that unsubscribed.
      expect(draft).toMatchObject({ week, status: 'draft', recipients: 3 });
      expect(draft.label).toMatch(/^Vol \d+ No \d+$/);
      expect(draft.text).toContain('SCALE in Los Angeles, US');
      expect(draft.text).toMatch(/submissions close .*\(America\/Los_Angeles\)/);
      expect(draft.text).toContain('Community mascot contest');
      expect(draft.text).toMatch(/New presentations\n-+\n\* “Digest-worthy Xen on ARM”/);
      expect(draft.text).toMatch(/Statistics\n-+\n\* [\d,]+ presentations uploaded, [\d,]+ viewings, most popular: “/);
      expect(draft.textDe).toContain('Standhilfe gesucht');
      expect(draft.textDe).toContain('„Digest-worthy Xen on ARM“');
      expect(draft.textDe).toMatch(/[\d.]+ Vorträge hochgeladen, [\d.]+ Aufrufe/);
      const edited = await call(
        t
          .http()
          .put(`/api/digests/${draft.id}`)
          .set(bearer(organizer))
          .send({ ...draft, intro: 'Welcome to <b>the</b> digest!' }),
        200,
      );
      expect(edited.html).toContain('Welcome to &lt;b&gt;the&lt;/b&gt; digest!');
      expect(edited.text).toContain('Welcome to <b>the</b> digest!');
      // Composing again refreshes the draft and keeps the intro.
      expect((await call(post(organizer, '/api/digests', { week }), 201)).intro).toBe('Welcome to <b>the</b> digest!');

      const [a, b] = await Promise.all([
        post(organizer, `/api/digests/${draft.id}/send`),
        post(organizer, `/api/digests/${draft.id}/send`),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const sent = a.status === 200 ? a.body : b.body;
      expect(sent).toMatchObject({ status: 'sent', recipients: 3 });
      const mails = await t.dataSource.query(`SELECT to_email, subject, body, html FROM outbox_message WHERE dedupe_key LIKE $1`, [
        `digest-${draft.id}-%`,
      ]);
      expect(mails.map((mail: { to_email: string }) => mail.to_email).sort()).toEqual([german.email, organizer.email, member.email].sort());
      const toGerman = mails.find((mail: { to_email: string }) => mail.to_email === german.email);
      expect(toGerman.body).toContain('Standhilfe gesucht');
      expect(toGerman.subject).toContain('Rundbrief');
      expect(toGerman.html).toContain(`${t.config.publicUrl}/unsubscribe#token=`);
      expect(toGerman.body).toContain(`${t.config.publicUrl}/unsubscribe#token=`);
      await call(post(organizer, `/api/digests/${draft.id}/send`), 409);
      await call(t.http().put(`/api/digests/${draft.id}`).set(bearer(organizer)).send({ intro: 'late', version: sent.version }), 409);
      await call(post(organizer, '/api/digests', { week }), 409);
      const audit = await t.dataSource.query(
        `SELECT action FROM audit_log WHERE entity = 'digest' AND entity_id = $1 AND action = 'send'`,
        [String(draft.id)],
      );
      expect(audit).toHaveLength(1);

      // The public archive.
      const archive = await get(null, '/api/public/digests');
      expect(archive.status).toBe(200);
      expect(archive.body[0]).toMatchObject({ id: week, week, label: sent.label });
      expect(archive.body[0]).not.toHaveProperty('html');
      const issue = await call(get(null, `/api/public/digests/${week}`), 200);
      expect(issue.html).toContain('SCALE');
      expect((await call(get(null, `/api/public/digests/${week}?lang=de`), 200)).text).toContain('Standhilfe gesucht');
      await call(get(null, '/api/public/digests/2001-W01'), 404);
      await call(get(null, '/api/public/digests/not-a-week'), 404);
    });

    it('keeps drafts out of the public archive', async () => {
      const draft = await call(post(organizer, '/api/digests', { week: '2030-W10' }), 201);
      await call(get(null, '/api/public/digests/2030-W10'), 404);
      expect(draft.status).toBe('draft');
    });
  });
});
