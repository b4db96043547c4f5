import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBudget, createEvent } from './booth-fixtures.js';
import { call, setUpSummit } from './cfp-fixtures.js';
import { acceptedTalks, presentationWithSlides } from './presentation-fixtures.js';
import { buy, createPackage, verifiedSponsor } from './sponsorship-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// A known fixture in the first quarter of 2021 (long before anything the tests create today), then
// the figures read back per month, quarter and week.
describe('statistics', () => {
  let t: TestApp;
  let organizer: TestUser;
  let member: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer');
    member = await t.user('member');
    const speaker = await t.user('member');
    const s = await setUpSummit(t);
    const talks = await acceptedTalks(t, s, speaker, ['Memory Management in Xen', 'Blktap2', 'Xen on ARM']);
    const slides = [];
    for (const talk of talks) slides.push(await presentationWithSlides(t, speaker, talk.id));
    const at = (id: number, table: string, column: string, value: string) =>
      t.dataSource.query(`UPDATE ${table} SET ${column} = $2 WHERE id = $1`, [id, value]);
    // Presentations: two uploaded in January, one in February.
    await at(slides[0].id, 'presentation', 'uploaded_at', '2021-01-15T10:00:00Z');
    await at(slides[1].id, 'presentation', 'uploaded_at', '2021-01-31T23:59:00Z');
    await at(slides[2].id, 'presentation', 'uploaded_at', '2021-02-01T00:01:00Z');
    // Views: three in January, one in February; downloads: two in February, one in March.
    const hit = (id: number, kind: string, day: string, visitor: string) =>
      t.dataSource.query(`INSERT INTO presentation_hit (presentation_id, kind, day, visitor_hash) VALUES ($1, $2, $3, $4)`, [
        id,
        kind,
        day,
        visitor,
      ]);
    await hit(slides[0].id, 'view', '2021-01-04', 'a');
    await hit(slides[0].id, 'view', '2021-01-05', 'a');
    await hit(slides[1].id, 'view', '2021-01-31', 'b');
    await hit(slides[1].id, 'view', '2021-02-01', 'b');
    await hit(slides[1].id, 'download', '2021-02-10', 'c');
    await hit(slides[2].id, 'download', '2021-02-11', 'c');
    await hit(slides[2].id, 'download', '2021-03-01', 'c');
    // Submissions: all three submitted in February; two reviews in March.
    for (const talk of talks) await at(talk.id, 'submission', 'submitted_at', '2021-02-20T12:00:00Z');
    const reviewer = await t.user('member');
    for (const talk of talks.slice(0, 2))
      await t.dataSource.query(`INSERT INTO review (submission_id, reviewer_id, score, confidence, created_at) VALUES ($1, $2, 1, 2, $3)`, [
        talk.id,
        reviewer.id,
        '2021-03-02T08:00:00Z',
      ]);
    // A booth held in March with its report, and a booth still approved (not held) in the same month.
    const boothEvent = await createEvent(t, organizer, {
      name: 'SCALE 2021',
      slug: 'scale-2021',
      startDate: '2021-03-05',
      endDate: '2021-03-07',
    });
    const booth = (status: string, visitors: number | null, leads: number | null) =>
      t.dataSource.query(
        `INSERT INTO booth_proposal (event_id, proposer_id, status, pitch, currency, report_visitors, report_leads)
         VALUES ($1, $2, $3, 'A booth', 'USD', $4, $5) RETURNING id`,
        [boothEvent.id, member.id, status, visitors, leads],
      );
    const [held] = await booth('reported', 1200, 45);
    await booth('approved', null, null);
    // Volunteers: 3.5 confirmed hours in March; an offered shift does not count.
    const shift = (status: string, start: string, end: string) =>
      t.dataSource.query(
        `INSERT INTO booth_shift (booth_proposal_id, user_id, day, start_time, end_time, status) VALUES ($1, $2, '2021-03-06', $3, $4, $5)`,
        [held.id, member.id, start, end, status],
      );
    await shift('confirmed', '09:00', '12:30');
    await shift('offered', '13:00', '17:00');
    // Sponsorship income: one paid in March (USD 10,000.00), minus a refund of 1,000.00; one pending.
    await createBudget(t, organizer);
    const sponsor = await verifiedSponsor(t, member, organizer);
    const gold = await createPackage(t, organizer, s.eventId, { quantity: 3 });
    const paid = await call(buy(t, member, gold.id, sponsor.id), 201);
    await buy(t, member, gold.id, sponsor.id);
    await t.dataSource.query(`UPDATE sponsorship SET status = 'partially_refunded', paid_at = $2, amount_refunded = 100000 WHERE id = $1`, [
      paid.id,
      '2021-03-20T10:00:00Z',
    ]);
    // Members: two joined in January, one in March.
    for (const [user, day] of [
      [speaker, '2021-01-10'],
      [reviewer, '2021-01-20'],
      [member, '2021-03-03'],
    ] as const)
      await at(user.id, 'app_user', 'created_at', `${day}T12:00:00Z`);
    // Digest subscribers: two confirmed in January (one leaves in February), one confirmed in March, one
    // never confirmed and one who reads no digest.
    const subscriber = (email: string, digest: boolean, confirmed: string | null, left: string | null) =>
      t.dataSource.query(`INSERT INTO subscriber (email, digest, confirmed_at, unsubscribed_at) VALUES ($1, $2, $3, $4)`, [
        `${email}-${Date.now()}@stats.example`,
        digest,
        confirmed,
        left,
      ]);
    await subscriber('stays', true, '2021-01-12T09:00:00Z', null);
    await subscriber('leaves', true, '2021-01-13T09:00:00Z', '2021-02-14T09:00:00Z');
    await subscriber('march', true, '2021-03-31T23:00:00Z', null);
    await subscriber('pending', true, null, null);
    await subscriber('topics-only', false, '2021-01-02T09:00:00Z', null);
  }, 120_000);
  afterAll(() => t.close());

  const figures = (query: Record<string, string>, user = organizer) => t.http().get('/api/statistics').query(query).set(bearer(user));

  it('counts each month of a known quarter from the data', async () => {
    const response = await figures({ period: 'month', from: '2021-01-01', to: '2021-03-31' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      {
        period: '2021-01',
        presentationsUploaded: 2,
        views: 3,
        downloads: 0,
        boothsHeld: 0,
        boothVisitors: 0,
        boothLeads: 0,
        volunteerHours: 0,
        submissions: 0,
        reviews: 0,
        contestEntries: 0,
        votes: 0,
        sponsorshipIncome: 0,
        newMembers: 2,
        subscribers: 2,
      },
      {
        period: '2021-02',
        presentationsUploaded: 1,
        views: 1,
        downloads: 2,
        boothsHeld: 0,
        boothVisitors: 0,
        boothLeads: 0,
        volunteerHours: 0,
        submissions: 3,
        reviews: 0,
        contestEntries: 0,
        votes: 0,
        sponsorshipIncome: 0,
        newMembers: 0,
        subscribers: 1,
      },
      {
        period: '2021-03',
        presentationsUploaded: 0,
        views: 0,
        downloads: 1,
        boothsHeld: 1,
        boothVisitors: 1200,
        boothLeads: 45,
        volunteerHours: 3.5,
        submissions: 0,
        reviews: 2,
        contestEntries: 0,
        votes: 0,
        sponsorshipIncome: 900_000,
        newMembers: 1,
        subscribers: 2,
      },
    ]);
  });

  it('adds the months up per quarter and labels weeks and years', async () => {
    const [quarter] = (await figures({ period: 'quarter', from: '2021-01-01', to: '2021-03-31' })).body;
    expect(quarter).toMatchObject({ period: '2021-Q1', presentationsUploaded: 3, views: 4, downloads: 3, submissions: 3, newMembers: 3 });
    const weeks = (await figures({ period: 'week', from: '2021-01-04', to: '2021-01-17' })).body;
    expect(weeks.map((row: { period: string; views: number }) => [row.period, row.views])).toEqual([
      ['2021-W01', 2],
      ['2021-W02', 0],
    ]);
    const years = (await figures({ period: 'year', from: '2020-06-01', to: '2021-12-31' })).body;
    expect(years.map((row: { period: string }) => row.period)).toEqual(['2020', '2021']);
    const euros = (await figures({ period: 'quarter', from: '2021-01-01', to: '2021-03-31', currency: 'EUR' })).body;
    expect(euros[0].sponsorshipIncome).toBe(0);
  });

  it('exports the same rows as formula-safe CSV', async () => {
    const response = await t
      .http()
      .get('/api/statistics.csv')
      .query({ period: 'month', from: '2021-01-01', to: '2021-03-31' })
      .set(bearer(organizer));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toContain('statistics-month-2021-01-01-2021-03-31.csv');
    const [header, ...lines] = response.text.trim().split('\n');
    const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, n) => [header.split(',')[n], cell])));
    expect(rows.map((row) => [row.period, row.views, row.sponsorshipIncome])).toEqual([
      ['2021-01', '3', '0'],
      ['2021-02', '1', '0'],
      ['2021-03', '0', '900000'],
    ]);
    for (const cell of response.text.split(/[,\n]/)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const same = await figures({ period: 'month', from: '2021-01-01', to: '2021-03-31', format: 'csv' });
    expect(same.text).toBe(response.text);
  });

  it('is for organizers only and refuses bad periods with 400', async () => {
    expect((await figures({ period: 'month' }, member)).status).toBe(403);
    expect((await t.http().get('/api/statistics')).status).toBe(401);
    expect((await t.http().get('/api/statistics.csv').set(bearer(member))).status).toBe(403);
    const defaults = await figures({});
    expect(defaults.status).toBe(200);
    expect(defaults.body).toHaveLength(12);
    const refused: Array<Record<string, string>> = [
      { period: 'decade' },
      { period: 'month', from: '2021-13-01' },
      { period: 'month', from: '2021-03-01', to: '2021-01-01' },
      { period: 'week', from: '1900-01-01', to: '2021-01-01' },
      { period: 'month', currency: 'dollars' },
      { period: 'month', format: 'xlsx' },
      { period: 'month', visitor: '1' },
    ];
    for (const query of refused) {
      const response = await figures(query);
      expect(response.status, JSON.stringify(query)).toBe(400);
      expect(response.body.code).toBe('STATISTICS.BAD_PERIOD');
    }
  });
});
