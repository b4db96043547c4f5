import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  createBudget,
  createEvent,
  createItem,
  eventHappened,
  inReview,
  outbox,
  photo,
  propose,
  proposalBody,
  shippingAddress,
  year,
} from './booth-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('booth proposals', () => {
  let t: TestApp;
  let organizer: TestUser;
  let secondOrganizer: TestUser;
  let pasi: TestUser;
  let konrad: TestUser;
  let eventId: number;
  let budgetId: number;
  let flyersId: number;
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer', { name: 'Stephen Spector' });
    secondOrganizer = await t.user('organizer', { name: 'Second Organizer' });
    pasi = await t.user('member', { name: 'Pasi Kärkkäinen' });
    konrad = await t.user('member', { name: 'Konrad Wilk' });
    eventId = (await createEvent(t, organizer)).id;
    budgetId = (await createBudget(t, organizer, 100_000)).id;
    flyersId = (await createItem(t, organizer, 'FLY-XEN', 'Xen flyers')).id;
  });
  afterAll(() => t.close());

  const get = (user: TestUser, id: number) => t.http().get(`/api/booth-proposals/${id}`).set(bearer(user));
  const ledgerRows = async (proposalId: number) =>
    (await t.dataSource.query(`SELECT kind, amount::int AS amount FROM ledger_entry WHERE booth_proposal_id = $1 ORDER BY id`, [
      proposalId,
    ])) as Array<{ kind: string; amount: number }>;
  const remaining = async () => (await t.http().get(`/api/budgets/${budgetId}/summary`).set(bearer(organizer))).body.remaining as number;

  describe('visibility', () => {
    it("hides another member's draft as if it did not exist", async () => {
      const draft = await propose(t, pasi, eventId, { shippingAddress });
      expect((await get(konrad, draft.id)).status).toBe(404);
      expect(
        (
          await t
            .http()
            .put(`/api/booth-proposals/${draft.id}`)
            .set(bearer(konrad))
            .send({ ...draft, pitch: 'Mine now', version: 99 })
        ).status,
      ).toBe(404);
      expect((await t.http().post(`/api/booth-proposals/${draft.id}/submit`).set(bearer(konrad)).send({})).status).toBe(404);
      const list = await t.http().get('/api/booth-proposals').set(bearer(konrad));
      expect(list.body.map((row: { id: number }) => row.id)).not.toContain(draft.id);
      expect((await get(organizer, draft.id)).status).toBe(200);
    });

    it("shows other members an approved booth to volunteer for, without the proposer's address", async () => {
      const proposal = await inReview(t, pasi, organizer, eventId, { feeRequested: 0, shippingAddress, neededBy: `${year}-06-10` });
      await act(t, organizer, proposal.id, 'approve', { feeApproved: 0 });
      const seen = await get(konrad, proposal.id);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({ status: 'approved', shippingAddress: null, proposerName: 'Pasi Kärkkäinen' });
      expect((await get(pasi, proposal.id)).body.shippingAddress).toEqual(shippingAddress);
      expect((await t.http().post(`/api/booth-proposals/${proposal.id}/withdraw`).set(bearer(konrad)).send({})).status).toBe(403);
    });
  });

  describe('editing and input', () => {
    it('names the wrong fields and refuses a negative or fractional fee with 422', async () => {
      const malformed = await t
        .http()
        .post('/api/booth-proposals')
        .set(bearer(pasi))
        .send({ ...proposalBody(eventId), currency: 'usd', banner: 'flag', colour: 'red' });
      expect(malformed.status).toBe(400);
      expect(Object.keys(malformed.body.errors).sort()).toEqual(['banner', 'colour', 'currency']);
      const negative = await t
        .http()
        .post('/api/booth-proposals')
        .set(bearer(pasi))
        .send(proposalBody(eventId, { feeRequested: -100 }));
      expect(negative.status).toBe(422);
      expect(negative.body.errors.feeRequested).toMatch(/negative/);
      const fractional = await t
        .http()
        .post('/api/booth-proposals')
        .set(bearer(pasi))
        .send(proposalBody(eventId, { feeRequested: 100.5 }));
      expect(fractional.status).toBe(422);
      expect(fractional.body.errors.feeRequested).toMatch(/fraction/);
      const unknownItem = await t
        .http()
        .post('/api/booth-proposals')
        .set(bearer(pasi))
        .send(proposalBody(eventId, { materials: [{ itemId: 999_999, quantity: 5 }] }));
      expect(unknownItem.status).toBe(422);
      expect(unknownItem.body.errors).toHaveProperty('materials');
    });

    it('takes the whole record back on PUT while a draft, and refuses edits once submitted', async () => {
      const draft = await propose(t, pasi, eventId);
      const edited = await t
        .http()
        .put(`/api/booth-proposals/${draft.id}`)
        .set(bearer(pasi))
        .send({
          ...draft,
          pitch: 'A sharper pitch',
          materials: [{ itemId: flyersId, quantity: 50, quantityApproved: null }],
          status: 'approved',
        });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        pitch: 'A sharper pitch',
        status: 'draft',
        version: 2,
        materials: [{ itemId: flyersId, quantity: 50 }],
      });
      const stale = await t
        .http()
        .put(`/api/booth-proposals/${draft.id}`)
        .set(bearer(pasi))
        .send({ ...draft, pitch: 'Old copy' });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('RECORD.STALE_VERSION');
      const incomplete = await t.http().post(`/api/booth-proposals/${draft.id}/submit`).set(bearer(pasi)).send({});
      expect(incomplete.status).toBe(422);
      expect(Object.keys(incomplete.body.errors).sort()).toEqual(['neededBy', 'shippingAddress']);
      await t
        .http()
        .put(`/api/booth-proposals/${draft.id}`)
        .set(bearer(pasi))
        .send({ ...edited.body, shippingAddress, neededBy: `${year}-06-10` });
      await act(t, pasi, draft.id, 'submit');
      const late = await t
        .http()
        .put(`/api/booth-proposals/${draft.id}`)
        .set(bearer(pasi))
        .send({ ...edited.body, version: 4 });
      expect(late.status).toBe(409);
    });

    it('lets the proposer delete a draft but not a submitted proposal', async () => {
      const draft = await propose(t, pasi, eventId);
      expect((await t.http().delete(`/api/booth-proposals/${draft.id}`).set(bearer(pasi))).status).toBe(200);
      expect((await get(pasi, draft.id)).status).toBe(404);
      const submitted = await propose(t, pasi, eventId);
      await act(t, pasi, submitted.id, 'submit');
      expect((await t.http().delete(`/api/booth-proposals/${submitted.id}`).set(bearer(pasi))).status).toBe(409);
    });
  });

  describe('workflow', () => {
    it('refuses an illegal transition with 409 naming the current and the wanted state', async () => {
      const draft = await propose(t, pasi, eventId);
      const response = await t.http().post(`/api/booth-proposals/${draft.id}/approve`).set(bearer(organizer)).send({ feeApproved: 100 });
      expect(response.status).toBe(409);
      expect(response.body.message).toMatch(/draft/);
      expect(response.body.message).toMatch(/approved/);
      expect(response.body.errors).toEqual({ status: 'is draft' });
      const stale = await t
        .http()
        .post(`/api/booth-proposals/${draft.id}/submit`)
        .set(bearer(pasi))
        .send({ version: draft.version + 1 });
      expect([stale.status, stale.body.code]).toEqual([409, 'RECORD.STALE_VERSION']);
      expect((await act(t, pasi, draft.id, 'submit', { version: draft.version })).status).toBe('submitted');
    });

    it('forbids members the organizer steps and asks for a reason to reject', async () => {
      const proposal = await inReview(t, pasi, organizer, eventId);
      expect((await t.http().post(`/api/booth-proposals/${proposal.id}/approve`).set(bearer(pasi)).send({ feeApproved: 1 })).status).toBe(
        403,
      );
      const noReason = await t.http().post(`/api/booth-proposals/${proposal.id}/reject`).set(bearer(organizer)).send({});
      expect(noReason.status).toBe(422);
      expect(noReason.body.errors).toEqual({ reason: 'is required' });
      const rejected = await act(t, organizer, proposal.id, 'reject', { reason: 'We already have a booth nearby that weekend.' });
      expect(rejected).toMatchObject({ status: 'rejected', reviewNote: 'We already have a booth nearby that weekend.' });
    });

    it('goes round changes_requested back to submitted', async () => {
      const proposal = await inReview(t, pasi, organizer, eventId);
      await act(t, organizer, proposal.id, 'request-changes', { reason: 'Add a staffing plan for Sunday.' });
      const current = (await get(pasi, proposal.id)).body;
      const edited = await t
        .http()
        .put(`/api/booth-proposals/${proposal.id}`)
        .set(bearer(pasi))
        .send({ ...current, staffingPlan: 'Sunday: Konrad' });
      expect(edited.status).toBe(200);
      expect((await act(t, pasi, proposal.id, 'submit')).status).toBe('submitted');
    });

    it('skips funded and shipped for a booth with no fee and nothing to ship', async () => {
      const event = await createEvent(t, organizer, { name: 'Ohio LinuxFest' });
      const proposal = await inReview(t, pasi, organizer, event.id, { feeRequested: 0 });
      await act(t, organizer, proposal.id, 'approve', { feeApproved: 0 });
      await act(t, organizer, proposal.id, 'mark-paid', {}, 409);
      const early = await t.http().post(`/api/booth-proposals/${proposal.id}/mark-held`).set(bearer(pasi)).send({});
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('BOOTH_PROPOSAL.EVENT_NOT_OVER');
      await eventHappened(t, event.id);
      expect((await act(t, pasi, proposal.id, 'mark-held')).status).toBe('held');
      expect(await ledgerRows(proposal.id)).toEqual([]);
    });

    it('requires a complete report, with a photo, before it is reported; then an organizer closes it', async () => {
      const event = await createEvent(t, organizer, { name: 'Texas Linux Fest' });
      const proposal = await inReview(t, pasi, organizer, event.id, { feeRequested: 0 });
      await act(t, organizer, proposal.id, 'approve', { feeApproved: 0 });
      await eventHappened(t, event.id);
      await act(t, organizer, proposal.id, 'mark-held');
      const report = { visitors: 300, leads: 12, actualSpend: 0, lessons: 'Bring a power strip.' };
      const noPhoto = await t.http().post(`/api/booth-proposals/${proposal.id}/report`).set(bearer(pasi)).send(report);
      expect(noPhoto.status).toBe(422);
      expect(noPhoto.body.errors).toHaveProperty('photos');
      const missingLessons = await t
        .http()
        .post(`/api/booth-proposals/${proposal.id}/report`)
        .set(bearer(pasi))
        .send({ ...report, lessons: undefined });
      expect(missingLessons.status).toBe(400);
      expect(missingLessons.body.errors).toHaveProperty('lessons');
      await t
        .http()
        .post(`/api/booth-proposals/${proposal.id}/photos`)
        .set(bearer(pasi))
        .attach('file', await photo(), 'booth.jpg');
      await act(t, pasi, proposal.id, 'report', report);
      await act(t, pasi, proposal.id, 'close', {}, 403);
      expect((await act(t, organizer, proposal.id, 'close')).status).toBe('closed');
    });

    it('checks report photos by content and size', async () => {
      const event = await createEvent(t, organizer, { name: 'Photo Fest' });
      const proposal = await inReview(t, pasi, organizer, event.id, { feeRequested: 0 });
      await act(t, organizer, proposal.id, 'approve', { feeApproved: 0 });
      const upload = (data: Buffer, name: string) =>
        t.http().post(`/api/booth-proposals/${proposal.id}/photos`).set(bearer(pasi)).attach('file', data, name);
      const fake = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'booth.jpg');
      expect(fake.status).toBe(415);
      expect(fake.body.errors).toHaveProperty('file');
      const huge = await upload(Buffer.concat([await photo(), Buffer.alloc(11 * 1024 * 1024)]), 'huge.jpg');
      expect(huge.status).toBe(413);
      expect((await t.http().post(`/api/booth-proposals/${proposal.id}/photos`).set(bearer(pasi)).field('note', 'x')).status).toBe(400);
      expect((await upload(await photo(), 'booth.jpg')).status).toBe(201);
      expect(
        (
          await t
            .http()
            .post(`/api/booth-proposals/${proposal.id}/photos`)
            .set(bearer(konrad))
            .attach('file', await photo(), 'x.jpg')
        ).status,
      ).toBe(403);
      const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM booth_proposal_photo WHERE booth_proposal_id = $1`, [
        proposal.id,
      ]);
      expect(rows[0].n).toBe(1);
    });

    it('puts a new event the member describes into the calendar when approving', async () => {
      const newEvent = {
        name: 'Linux Plumbers Conference',
        kind: 'conference',
        startDate: `${year}-09-20`,
        endDate: `${year}-09-22`,
        timeZone: 'Europe/Vienna',
        city: 'Vienna',
        country: 'AT',
      };
      const created = await t
        .http()
        .post('/api/booth-proposals')
        .set(bearer(pasi))
        .send({ ...proposalBody(0, { feeRequested: 0 }), eventId: null, newEvent });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ eventId: null, newEvent: { name: 'Linux Plumbers Conference' } });
      await act(t, pasi, created.body.id, 'submit');
      await act(t, organizer, created.body.id, 'start-review');
      const approved = await act(t, organizer, created.body.id, 'approve', { feeApproved: 0 });
      expect(approved.event).toMatchObject({ name: 'Linux Plumbers Conference', timeZone: 'Europe/Vienna' });
      expect((await t.http().get(`/api/events/${approved.eventId}`).set(bearer(pasi))).body.status).toBe('confirmed');
    });
  });

  describe('approval and the budget', () => {
    it('lets exactly one of several concurrent approvals through, with one ledger row', async () => {
      const proposal = await inReview(t, pasi, organizer, eventId, { feeRequested: 10_000 });
      const attempts = await Promise.all(
        Array.from({ length: 6 }, (_, n) =>
          t
            .http()
            .post(`/api/booth-proposals/${proposal.id}/approve`)
            .set(bearer(n % 2 ? organizer : secondOrganizer))
            .send({ feeApproved: 10_000 - n }),
        ),
      );
      expect(attempts.map((response) => response.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
      const rows = await ledgerRows(proposal.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toEqual({ kind: 'allocation', amount: (await get(organizer, proposal.id)).body.feeApproved });
      const payments = await Promise.all(
        [1, 2, 3].map(() => t.http().post(`/api/booth-proposals/${proposal.id}/mark-paid`).set(bearer(organizer)).send({})),
      );
      expect(payments.map((response) => response.status).sort()).toEqual([200, 409, 409]);
      expect((await ledgerRows(proposal.id)).map((row) => row.kind)).toEqual(['allocation', 'payment']);
    });

    it('refuses amounts that are negative, fractional, above the ask or in another currency than the budget', async () => {
      const proposal = await inReview(t, pasi, organizer, eventId, { feeRequested: 5_000 });
      const approve = (body: Record<string, unknown>) =>
        t.http().post(`/api/booth-proposals/${proposal.id}/approve`).set(bearer(organizer)).send(body);
      const negative = await approve({ feeApproved: -1 });
      expect([negative.status, negative.body.errors]).toEqual([422, { feeApproved: 'must not be negative' }]);
      expect((await approve({ feeApproved: 10.5 })).status).toBe(422);
      const more = await approve({ feeApproved: 6_000 });
      expect([more.status, more.body.code]).toEqual([422, 'BOOTH_PROPOSAL.MORE_THAN_ASKED']);
      const euros = await approve({ feeApproved: 4_000, currency: 'EUR' });
      expect([euros.status, euros.body.errors]).toEqual([422, { currency: 'must be USD' }]);
      expect((await get(organizer, proposal.id)).body.status).toBe('in_review');
      expect(await ledgerRows(proposal.id)).toEqual([]);
    });

    it('refuses an approval that would overdraw the budget unless the organizer gives a reason', async () => {
      const left = await remaining();
      const proposal = await inReview(t, pasi, organizer, eventId, { feeRequested: left + 5_000 });
      const refused = await t
        .http()
        .post(`/api/booth-proposals/${proposal.id}/approve`)
        .set(bearer(organizer))
        .send({ feeApproved: left + 5_000 });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('BOOTH_PROPOSAL.OVER_BUDGET');
      expect(refused.body.errors).toHaveProperty('overBudgetReason');
      expect(await ledgerRows(proposal.id)).toEqual([]);
      const overridden = await act(t, organizer, proposal.id, 'approve', {
        feeApproved: left + 5_000,
        overBudgetReason: 'Sponsor money from Citrix arrives in March.',
      });
      expect(overridden.overBudgetReason).toBe('Sponsor money from Citrix arrives in March.');
      expect(await remaining()).toBe(-5_000);
      const audit = await t.dataSource.query(
        `SELECT note FROM audit_log WHERE entity = 'booth_proposal' AND entity_id = $1 AND action = 'approve'`,
        [String(proposal.id)],
      );
      expect(audit[0].note).toContain('Sponsor money from Citrix arrives in March.');
    });

    it('converts a fee asked in euros at the rate the organizer records', async () => {
      const proposal = await inReview(t, pasi, organizer, eventId, { feeRequested: 20_000, currency: 'EUR' });
      const noRate = await t.http().post(`/api/booth-proposals/${proposal.id}/approve`).set(bearer(organizer)).send({ feeApproved: 100 });
      expect(noRate.status).toBe(422);
      expect(noRate.body.errors).toHaveProperty('exchangeRate');
      // €200 at 1.0832 is $216.64: more than that is refused, up to it is fine.
      const tooMuch = await t
        .http()
        .post(`/api/booth-proposals/${proposal.id}/approve`)
        .set(bearer(organizer))
        .send({ feeApproved: 21_665, exchangeRate: 1.0832, overBudgetReason: 'test' });
      expect(tooMuch.body.code).toBe('BOOTH_PROPOSAL.MORE_THAN_ASKED');
      const approved = await act(t, organizer, proposal.id, 'approve', {
        feeApproved: 21_664,
        exchangeRate: 1.0832,
        overBudgetReason: 'Budget top-up agreed',
      });
      expect(approved).toMatchObject({
        feeRequested: 20_000,
        currency: 'EUR',
        feeApproved: 21_664,
        approvedCurrency: 'USD',
        exchangeRate: '1.0832000000',
      });
      expect(await ledgerRows(proposal.id)).toEqual([{ kind: 'allocation', amount: 21_664 }]);
    });

    it('approves less than asked per line and records the approved quantities', async () => {
      const proposal = await inReview(t, pasi, organizer, eventId, {
        feeRequested: 0,
        materials: [{ itemId: flyersId, quantity: 500 }],
        shippingAddress,
        neededBy: `${year}-06-10`,
        banner: 'order_new',
      });
      const more = await t
        .http()
        .post(`/api/booth-proposals/${proposal.id}/approve`)
        .set(bearer(organizer))
        .send({ feeApproved: 0, materials: [{ itemId: flyersId, quantity: 501 }] });
      expect(more.status).toBe(422);
      const approved = await act(t, organizer, proposal.id, 'approve', {
        feeApproved: 0,
        materials: [{ itemId: flyersId, quantity: 200 }],
        bannerApproved: false,
      });
      expect(approved).toMatchObject({ materials: [{ itemId: flyersId, quantity: 500, quantityApproved: 200 }], bannerApproved: false });
      // Flyers still have to be shipped, so the booth cannot skip to held.
      await act(t, organizer, proposal.id, 'mark-held', {}, 409);
    });
  });

  it('counts proposals per state for the dashboard, for organizers only', async () => {
    const pipeline = await t.http().get('/api/booth-proposals/pipeline').set(bearer(organizer));
    expect(pipeline.status).toBe(200);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM booth_proposal WHERE status = 'draft'`);
    expect(pipeline.body.find((row: { status: string }) => row.status === 'draft').count).toBe(n);
    expect(pipeline.body).toHaveLength(13);
    expect((await t.http().get('/api/booth-proposals/pipeline').set(bearer(pasi))).status).toBe(403);
  });

  it('queues a mail for every organizer when a proposal is submitted, and for the proposer when decided', async () => {
    const before = (await outbox(t)).length;
    const proposal = await propose(t, pasi, eventId);
    await act(t, pasi, proposal.id, 'submit');
    await act(t, organizer, proposal.id, 'start-review');
    await act(t, organizer, proposal.id, 'request-changes', { reason: 'Which days can you staff?' });
    const mails = (await outbox(t)).slice(before);
    expect(mails.map((mail) => mail.to_email).sort()).toEqual([organizer.email, secondOrganizer.email, pasi.email, pasi.email].sort());
    expect(mails.at(-1)!.body).toContain('Which days can you staff?');
  });
});
