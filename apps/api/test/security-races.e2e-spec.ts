import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBudget, createEvent, inReview } from './booth-fixtures.js';
import { call, seat, setUpSummit, submitTalk, summitDay } from './cfp-fixtures.js';
import { approve, enter, png, publishedContest, windows } from './contest-fixtures.js';
import { approvedBooth, shipment, stockedItem, upsNumber } from './shipment-fixtures.js';
import { startSmtp, until } from './smtp.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// Attack suite part 6: every invariant that two requests could break by arriving together is hit by
// at least 50 at once, on a real PostgreSQL, and checked in the stored rows, not only in the answers.
const N = 50;
const times = <T>(n: number, make: (index: number) => T) => Array.from({ length: n }, (_, index) => make(index));
const statuses = (responses: Array<{ status: number }>) => {
  const counts: Record<number, number> = {};
  for (const response of responses) counts[response.status] = (counts[response.status] ?? 0) + 1;
  return counts;
};
const count = async (t: TestApp, sql: string, params: unknown[]) => Number((await t.dataSource.query(sql, params))[0].n);

describe('security: races', () => {
  let t: TestApp;
  let organizer: TestUser;
  let member: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer', { name: 'Stephen Spector' });
    member = await t.user('member', { name: 'Pasi Kärkkäinen' });
  });
  afterAll(() => t.close());

  it('counts one vote per member per contest however many arrive at once', async () => {
    const contest = await publishedContest(t, organizer, windows.entriesOpen());
    const [author1, author2] = [await t.user('member'), await t.user('member')];
    const a = await enter(t, author1, contest.id, 'Penguin', await png('#112233'));
    const b = await enter(t, author2, contest.id, 'Panda', await png('#332211'));
    await approve(t, organizer, a.id);
    await approve(t, organizer, b.id);
    // Entries close and voting opens, as the passing of time would.
    await t.dataSource.query(
      `UPDATE contest SET entries_open_at = now() - interval '14 days', entries_close_at = now() - interval '1 day', ` +
        `voting_opens_at = now() - interval '1 day' WHERE id = $1`,
      [contest.id],
    );
    const responses = await Promise.all(
      times(N, (n) =>
        t
          .http()
          .post('/api/votes')
          .set(bearer(member))
          .send({ contestId: contest.id, entryId: n % 2 ? a.id : b.id }),
      ),
    );
    expect(
      responses.every((response) => response.status === 200 || response.status === 201),
      JSON.stringify(statuses(responses)),
    ).toBe(true);
    expect(await count(t, `SELECT count(*) AS n FROM vote WHERE contest_id = $1 AND voter_id = $2`, [contest.id, member.id])).toBe(1);
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
  });

  it('never takes stock below zero: 50 parcels packing the last 3 items, then 50 ships of one parcel', async () => {
    await createBudget(t, organizer, 1_000_000);
    const flyers = await stockedItem(t, organizer, 'FLY-RACE', 'Last flyers', 3);
    const booth = await approvedBooth(t, organizer, member);
    const parcels = await Promise.all(
      times(N, () => shipment(t, organizer, { boothProposalId: booth.id, lines: [{ itemId: flyers.id, quantity: 1 }] })),
    );
    const packed = await Promise.all(
      parcels.map((parcel) => t.http().post(`/api/shipments/${parcel.id}/pack`).set(bearer(organizer)).send({})),
    );
    expect(statuses(packed)).toEqual({ 200: 3, 409: N - 3 });
    const [row] = await t.dataSource.query(`SELECT on_hand, reserved FROM inventory_item WHERE id = $1`, [flyers.id]);
    expect(row).toEqual({ on_hand: 3, reserved: 3 });

    const first = parcels[packed.findIndex((response) => response.status === 200)];
    const shipped = await Promise.all(
      times(N, () =>
        t.http().post(`/api/shipments/${first.id}/ship`).set(bearer(organizer)).send({ carrier: 'UPS', trackingNumber: upsNumber }),
      ),
    );
    expect(statuses(shipped)[200]).toBe(1);
    expect(shipped.every((response) => response.status === 200 || response.status === 409)).toBe(true);
    const [after] = await t.dataSource.query(`SELECT on_hand, reserved FROM inventory_item WHERE id = $1`, [flyers.id]);
    expect(after).toEqual({ on_hand: 2, reserved: 2 });
    expect(await count(t, `SELECT count(*) AS n FROM stock_movement WHERE item_id = $1 AND kind = 'ship'`, [flyers.id])).toBe(1);
  });

  it('keeps an organizer when 50 organizers demote or disable each other at the same moment', async () => {
    const ring = await Promise.all(times(N, () => t.user('organizer')));
    const responses = await Promise.all(
      ring.map((actor, n) => {
        const target = ring[(n + 1) % N];
        return n % 2
          ? t.http().post(`/api/users/${target.id}/role`).set(bearer(actor)).send({ role: 'member' })
          : t.http().post(`/api/users/${target.id}/disable`).set(bearer(actor)).send({});
      }),
    );
    expect(
      responses.every((response) => response.status === 200 || response.status === 403),
      JSON.stringify(statuses(responses)),
    ).toBe(true);
    const left = await count(t, `SELECT count(*) AS n FROM app_user WHERE id = ANY($1) AND role = 'organizer' AND NOT disabled`, [
      ring.map((user) => user.id),
    ]);
    expect(left).toBeGreaterThanOrEqual(1);
    // Every change that went through was made by someone who was still an organizer when it was made.
    expect(statuses(responses)[200]).toBeLessThanOrEqual(N - 1);
  });

  it('approves and pays a proposal once, with one allocation and one payment row, under 50 concurrent requests', async () => {
    const event = await createEvent(t, organizer, { name: 'FOSDEM race', city: 'Brussels', country: 'BE', timeZone: 'Europe/Brussels' });
    const proposal = await inReview(t, member, organizer, event.id, { feeRequested: 10_000 });
    const responses = await Promise.all(
      times(N, () => t.http().post(`/api/booth-proposals/${proposal.id}/approve`).set(bearer(organizer)).send({ feeApproved: 10_000 })),
    );
    expect(statuses(responses)).toEqual({ 200: 1, 409: N - 1 });
    expect(await count(t, `SELECT count(*) AS n FROM ledger_entry WHERE booth_proposal_id = $1`, [proposal.id])).toBe(1);
    expect(
      await count(t, `SELECT count(*) AS n FROM audit_log WHERE entity = 'booth_proposal' AND entity_id = $1 AND action = 'approve'`, [
        String(proposal.id),
      ]),
    ).toBe(1);

    // Paid once: one payment row however many organizers record it at once.
    const paid = await Promise.all(
      times(N, () => t.http().post(`/api/booth-proposals/${proposal.id}/mark-paid`).set(bearer(organizer)).send({})),
    );
    expect(statuses(paid)).toEqual({ 200: 1, 409: N - 1 });
    expect(await count(t, `SELECT count(*) AS n FROM ledger_entry WHERE booth_proposal_id = $1 AND kind = 'payment'`, [proposal.id])).toBe(
      1,
    );
  });

  it('never overspends a budget: 50 approvals of different proposals against the last of it', async () => {
    // A budget of its own year, so that what the other tests allocate does not count.
    const year = new Date().getUTCFullYear() + 2;
    const budget = await call(t.http().post('/api/budgets').set(bearer(organizer)).send({ year, currency: 'EUR', amount: 100_000 }), 201);
    const event = await createEvent(t, organizer, {
      name: 'Linux App Summit race',
      startDate: `${year}-05-01`,
      endDate: `${year}-05-02`,
      city: 'Berlin',
      country: 'DE',
      timeZone: 'Europe/Berlin',
    });
    const proposals = await Promise.all(
      times(N, () => inReview(t, member, organizer, event.id, { feeRequested: 40_000, currency: 'EUR' })),
    );
    const responses = await Promise.all(
      proposals.map((proposal) =>
        t.http().post(`/api/booth-proposals/${proposal.id}/approve`).set(bearer(organizer)).send({ feeApproved: 40_000 }),
      ),
    );
    expect(statuses(responses)).toEqual({ 200: 2, 422: N - 2 });
    expect(
      responses.filter((response) => response.status === 422).every((response) => response.body.code === 'BOOTH_PROPOSAL.OVER_BUDGET'),
    ).toBe(true);
    const summary = await call(t.http().get(`/api/budgets/${budget.id}/summary`).set(bearer(organizer)), 200);
    expect(summary).toMatchObject({ allocated: 80_000, remaining: 20_000 });
    expect(await count(t, `SELECT count(*) AS n FROM ledger_entry WHERE budget_id = $1 AND kind = 'allocation'`, [budget.id])).toBe(2);
  });

  // An app of its own that sends mail, so that the booth tests' mail does not queue ahead of it.
  describe('call for papers', () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    beforeAll(async () => {
      smtp = await startSmtp();
      t = await createTestApp({ SMTP_URL: smtp.url, WORKERS: 'on', QUEUE_POLL_SECONDS: '0.5' });
    });
    afterAll(async () => {
      await t.close();
      await smtp.close();
    });

    it('assigns reviewers once and mails each reviewer once under 50 concurrent automatic assignments', async () => {
      const s = await setUpSummit(t, { reviewsPerSubmission: 2 });
      const reviewers = [await t.user('member'), await t.user('member'), await t.user('member')];
      for (const reviewer of reviewers) await seat(t, s, reviewer);
      for (let n = 0; n < 4; n += 1) await submitTalk(t, s, await t.user('member'), { title: `Talk ${n}` });
      const responses = await Promise.all(times(N, () => t.http().post(`/api/cfps/${s.cfpId}/assign`).set(bearer(s.chair)).send({})));
      expect(
        responses.every((response) => response.status === 200 || response.status === 201),
        JSON.stringify(statuses(responses)),
      ).toBe(true);
      expect(responses.reduce((sum, response) => sum + (response.body.added?.length ?? 0), 0)).toBe(8);
      const pairs = await t.dataSource.query(
        `SELECT ra.submission_id, ra.reviewer_id FROM review_assignment ra JOIN submission s ON s.id = ra.submission_id WHERE ` +
          `s.cfp_id = $1`,
        [s.cfpId],
      );
      expect(pairs).toHaveLength(8);
      expect(
        new Set(pairs.map((pair: { submission_id: number; reviewer_id: number }) => `${pair.submission_id}:${pair.reviewer_id}`)).size,
      ).toBe(8);
      const emails = new Set(reviewers.map((reviewer) => reviewer.email.toLowerCase()));
      const queued = await t.dataSource.query(`SELECT lower(to_email) AS to_email FROM outbox_message WHERE lower(to_email) = ANY($1)`, [
        [...emails],
      ]);
      await until(() => smtp.received.filter((mail) => emails.has(mail.to.toLowerCase())).length >= queued.length);
      const received = smtp.received.filter((mail) => emails.has(mail.to.toLowerCase()));
      expect(received).toHaveLength(reviewers.length);
      expect(new Set(received.map((mail) => mail.to.toLowerCase())).size).toBe(reviewers.length);
    });

    it('releases decisions once and mails each speaker once under 50 concurrent releases', async () => {
      const s = await setUpSummit(t);
      const speakers = [await t.user('member'), await t.user('member'), await t.user('member')];
      for (const [n, speaker] of speakers.entries()) {
        const talk = await submitTalk(t, s, speaker, { title: `Decided talk ${n}` });
        await call(
          t
            .http()
            .post(`/api/submissions/${talk.id}/decide`)
            .set(bearer(s.chair))
            .send({ decision: n ? 'accept' : 'reject' }),
          200,
        );
      }
      const responses = await Promise.all(
        times(N, () => t.http().post(`/api/cfps/${s.cfpId}/release-decisions`).set(bearer(s.chair)).send({})),
      );
      expect(statuses(responses)).toEqual({ 200: 1, 422: N - 1 });
      const emails = new Set(speakers.map((speaker) => speaker.email.toLowerCase()));
      expect(await count(t, `SELECT count(*) AS n FROM outbox_message WHERE lower(to_email) = ANY($1)`, [[...emails]])).toBe(
        speakers.length,
      );
      await until(() => smtp.received.filter((mail) => emails.has(mail.to.toLowerCase())).length >= speakers.length);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(smtp.received.filter((mail) => emails.has(mail.to.toLowerCase()))).toHaveLength(speakers.length);
    });

    it('keeps one review per reviewer per submission', async () => {
      const s = await setUpSummit(t);
      const reviewer = await t.user('member');
      await seat(t, s, reviewer);
      const talk = await submitTalk(t, s, await t.user('member'));
      await call(
        t.http().post('/api/review-assignments').set(bearer(s.chair)).send({ submissionId: talk.id, reviewerId: reviewer.id }),
        201,
      );
      const responses = await Promise.all(
        times(N, (n) =>
          t
            .http()
            .post('/api/reviews')
            .set(bearer(reviewer))
            .send({ submissionId: talk.id, score: (n % 5) - 2, confidence: 2 }),
        ),
      );
      expect(statuses(responses)).toEqual({ 201: 1, 409: N - 1 });
      expect(await count(t, `SELECT count(*) AS n FROM review WHERE submission_id = $1`, [talk.id])).toBe(1);
    });

    it('never keeps a review whose assignment the chair took back at the same moment', async () => {
      const s = await setUpSummit(t);
      const talk = await submitTalk(t, s, await t.user('member'));
      const reviewers = await Promise.all(times(N / 2, () => t.user('member')));
      const assignments = await Promise.all(
        reviewers.map(async (reviewer) => {
          await seat(t, s, reviewer);
          return (
            await call(
              t.http().post('/api/review-assignments').set(bearer(s.chair)).send({ submissionId: talk.id, reviewerId: reviewer.id }),
              201,
            )
          ).id as number;
        }),
      );
      const responses = await Promise.all(
        reviewers.flatMap((reviewer, n) => [
          t.http().post('/api/reviews').set(bearer(reviewer)).send({ submissionId: talk.id, score: 1, confidence: 2 }),
          t.http().delete(`/api/review-assignments/${assignments[n]}`).set(bearer(s.chair)),
        ]),
      );
      // Each pair ends one way or the other: a review that keeps its assignment, or neither.
      expect(
        responses.every((response) => [200, 201, 404, 409].includes(response.status)),
        JSON.stringify(responses.filter((r) => ![200, 201, 404, 409].includes(r.status)).map((r) => r.body)),
      ).toBe(true);
      const orphans = await t.dataSource.query(
        `SELECT r.id FROM review r WHERE r.submission_id = $1 AND NOT EXISTS (SELECT 1 FROM review_assignment ra WHERE ` +
          `ra.submission_id = r.submission_id AND ra.reviewer_id = r.reviewer_id)`,
        [talk.id],
      );
      expect(orphans).toEqual([]);
    });

    it('keeps at least one chair on a committee while every chair is removed at once', async () => {
      const s = await setUpSummit(t);
      await Promise.all(times(N - 1, async () => seat(t, s, await t.user('member'), 'chair')));
      const seats: Array<{ id: number; version: number }> = await t.dataSource.query(
        `SELECT id, version FROM committee_seat WHERE committee_id = $1 ORDER BY id`,
        [s.committeeId],
      );
      expect(seats).toHaveLength(N);
      // Half are removed, half demoted to reviewer: both must leave one chair.
      const responses = await Promise.all(
        seats.map(({ id, version }, n) =>
          n % 2
            ? t.http().delete(`/api/committee-seats/${id}`).set(bearer(s.organizer))
            : t.http().put(`/api/committee-seats/${id}`).set(bearer(s.organizer)).send({ role: 'reviewer', version }),
        ),
      );
      expect(statuses(responses)).toEqual({ 200: N - 1, 409: 1 });
      expect(await count(t, `SELECT count(*) AS n FROM committee_seat WHERE committee_id = $1 AND role = 'chair'`, [s.committeeId])).toBe(
        1,
      );
    });

    it('books a room once at a time, and places a talk once', async () => {
      const s = await setUpSummit(t);
      const responses = await Promise.all(
        times(N, (n) =>
          t
            .http()
            .post('/api/agenda-slots')
            .set(bearer(n % 2 ? s.chair : s.organizer))
            .send({
              eventId: s.eventId,
              room: n % 3 ? 'Auditorium' : 'AUDITORIUM',
              startsAt: summitDay(n % 4 ? '10:00' : '10:15'),
              endsAt: summitDay('10:30'),
              title: `Keynote ${n}`,
            }),
        ),
      );
      expect(statuses(responses)).toEqual({ 201: 1, 409: N - 1 });
      expect(await count(t, `SELECT count(*) AS n FROM agenda_slot WHERE event_id = $1`, [s.eventId])).toBe(1);
    });
  });
});
