import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  createBudget,
  createEvent,
  createItem,
  eventHappened,
  outbox,
  photo,
  propose,
  shippingAddress,
  year,
} from './booth-fixtures.js';
import { startSmtp, until } from './smtp.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// The "Done when", as a new user would walk it, through the API with mail over real SMTP.
describe('booth program journey', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let stephen: TestUser;
  let pasi: TestUser;
  let heechul: TestUser;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url, WORKERS: 'on', QUEUE_POLL_SECONDS: '0.5' });
    stephen = await t.user('organizer', { name: 'Stephen Spector' });
    pasi = await t.user('member', { name: 'Pasi Kärkkäinen', country: 'FI' });
    heechul = await t.user('member', { name: 'Heechul Kim', country: 'KR' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('takes a SouthEast LinuxFest booth from proposal to report, with mail and history at every step', async () => {
    const event = await createEvent(t, stephen);
    const budget = await createBudget(t, stephen, 1_000_000);
    const flyers = await createItem(t, stephen, 'FLY-XEN', 'Xen flyers');

    // Pasi proposes: $500 fee, 200 flyers, the existing banner.
    const draft = await propose(t, pasi, event.id, {
      materials: [{ itemId: flyers.id, quantity: 200 }],
      banner: 'ship_existing',
      shippingAddress,
      neededBy: `${year}-06-10`,
      receivingWindow: { from: `${year}-06-08`, to: `${year}-06-11` },
    });
    expect(draft).toMatchObject({
      status: 'draft',
      feeRequested: 50_000,
      currency: 'USD',
      banner: 'ship_existing',
      materials: [{ itemId: flyers.id, quantity: 200, quantityApproved: null }],
    });

    await act(t, pasi, draft.id, 'submit');
    await act(t, stephen, draft.id, 'start-review');
    const approved = await act(t, stephen, draft.id, 'approve', { feeApproved: 40_000, note: 'Half the booth is shared with the LUG.' });
    expect(approved).toMatchObject({
      status: 'approved',
      feeApproved: 40_000,
      approvedCurrency: 'USD',
      budgetId: budget.id,
      bannerApproved: true,
      materials: [{ quantityApproved: 200 }],
    });
    expect((await act(t, stephen, draft.id, 'mark-paid')).status).toBe('funded');

    // Stephen ships the flyers; the booth moves on once its last parcel has left.
    expect(
      (
        await t
          .http()
          .post(`/api/inventory-items/${flyers.id}/restock`)
          .set(bearer(stephen))
          .send({ quantity: 500, note: 'From the printer' })
      ).status,
    ).toBe(200);
    const parcel = await t
      .http()
      .post('/api/shipments')
      .set(bearer(stephen))
      .send({ boothProposalId: draft.id, lines: [{ itemId: flyers.id, quantity: 200 }] });
    expect(parcel.status).toBe(201);
    expect((await t.http().post(`/api/shipments/${parcel.body.id}/pack`).set(bearer(stephen)).send({})).status).toBe(200);
    expect(
      (
        await t
          .http()
          .post(`/api/shipments/${parcel.body.id}/ship`)
          .set(bearer(stephen))
          .send({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' })
      ).status,
    ).toBe(200);
    expect((await t.http().get(`/api/booth-proposals/${draft.id}`).set(bearer(pasi))).body.status).toBe('shipped');

    // Heechul volunteers for the first morning; Pasi confirms.
    const offered = await t
      .http()
      .post('/api/booth-shifts')
      .set(bearer(heechul))
      .send({ boothProposalId: draft.id, day: `${year}-06-12`, startTime: '09:00', endTime: '13:00' });
    expect(offered.status).toBe(201);
    expect(offered.body).toMatchObject({ status: 'offered', userName: 'Heechul Kim', timeZone: 'America/New_York' });
    const confirmed = await t.http().post(`/api/booth-shifts/${offered.body.id}/confirm`).set(bearer(pasi)).send({});
    expect(confirmed.body.status).toBe('confirmed');

    // The event takes place; Pasi marks the booth held and files the report with a photo.
    await eventHappened(t, event.id);
    await act(t, pasi, draft.id, 'mark-held');
    const uploaded = await t
      .http()
      .post(`/api/booth-proposals/${draft.id}/photos`)
      .set(bearer(pasi))
      .attach('file', await photo(), 'booth.jpg');
    expect(uploaded.status).toBe(201);
    const reported = await act(t, pasi, draft.id, 'report', {
      visitors: 900,
      leads: 45,
      actualSpend: 38_500,
      lessons: 'Bring more live CDs; the ARM demo drew the crowd.',
    });
    expect(reported).toMatchObject({
      status: 'reported',
      report: { visitors: 900, leads: 45, actualSpend: 38_500, currency: 'USD', photos: [{ mediaType: 'image/jpeg' }] },
    });
    const picture = await t.http().get(uploaded.body.url).set(bearer(stephen));
    expect(picture.status).toBe(200);
    expect(picture.headers['content-type']).toBe('image/jpeg');

    // The budget page: $400 allocated and $400 paid.
    const summary = await t.http().get(`/api/budgets/${budget.id}/summary`).set(bearer(stephen));
    expect(summary.body).toMatchObject({ allocated: 40_000, paid: 40_000, remaining: 960_000 });
    const ledger = await t
      .http()
      .get('/api/ledger-entries')
      .query({ filter: JSON.stringify({ boothProposalId: draft.id }), sort: '["id","ASC"]' })
      .set(bearer(stephen));
    expect(ledger.body.map((entry: { kind: string; amount: number }) => [entry.kind, entry.amount])).toEqual([
      ['allocation', 40_000],
      ['payment', 40_000],
    ]);

    // Each step queued one mail, to the person on the other side of it (the parcel's own mail carries the tracking link).
    // Shipping the last parcel moves the booth to "shipped" without a second mail: the parcel mail said it.
    const queued = (await outbox(t)).map((mail) => [mail.to_email, mail.subject]);
    expect(queued).toEqual([
      [stephen.email, `Booth at ${event.name}: submitted for review`],
      [pasi.email, `Booth at ${event.name}: under review`],
      [pasi.email, `Booth at ${event.name}: approved`],
      [pasi.email, `Booth at ${event.name}: booth fee paid`],
      [pasi.email, `Booth at ${event.name}: shipment #${parcel.body.id} is on its way`],
      [pasi.email, `Booth at ${event.name}: Heechul Kim offers a shift`],
      [heechul.email, `Booth at ${event.name}: shift confirmed`],
      [stephen.email, `Booth at ${event.name}: booth held`],
      [stephen.email, `Booth at ${event.name}: report filed`],
    ]);
    // …and the worker delivered them over SMTP.
    await until(() => smtp.received.length >= queued.length);
    const approval = smtp.received.find((mail) => mail.to === pasi.email && mail.raw.includes('approved'));
    expect(approval?.raw).toMatch(/\$400\.00/);
    expect(smtp.received.filter((mail) => mail.to === heechul.email)).toHaveLength(1);

    // The proposal's History tab reads the audit log: every step, in order, by whom.
    const history = await t
      .http()
      .get('/api/audit-log')
      .query({ filter: JSON.stringify({ entity: 'booth_proposal', entityId: String(draft.id) }), sort: '["at","ASC"]', range: '[0,50]' })
      .set(bearer(stephen));
    expect(
      history.body.map((entry: { action: string; actorName: string | null }) => `${entry.actorName ?? 'system'}: ${entry.action}`),
    ).toEqual([
      'Pasi Kärkkäinen: create',
      'Pasi Kärkkäinen: submit',
      'Stephen Spector: start_review',
      'Stephen Spector: approve',
      'Stephen Spector: mark_paid',
      'Stephen Spector: mark_shipped',
      'Heechul Kim: shift_offered',
      'Pasi Kärkkäinen: shift_confirmed',
      'Pasi Kärkkäinen: mark_held',
      'Pasi Kärkkäinen: add_photo',
      'Pasi Kärkkäinen: report',
    ]);
    const approvalEntry = history.body.find((entry: { action: string }) => entry.action === 'approve');
    expect(approvalEntry).toMatchObject({
      fromState: 'in_review',
      toState: 'approved',
      changes: { feeApproved: { from: 50_000, to: 40_000 } },
    });
  });
});
