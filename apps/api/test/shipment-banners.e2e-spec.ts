import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBudget } from './booth-fixtures.js';
import { approvedBooth, banner, deliverTo, get, shipment, step } from './shipment-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('banners', () => {
  let t: TestApp;
  let organizer: TestUser;
  let pasi: TestUser;
  let budget: { id: number };
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer', { name: 'Stephen Spector' });
    pasi = await t.user('member', { name: 'Pasi Kärkkäinen' });
    budget = await createBudget(t, organizer);
  });
  afterAll(() => t.close());

  it('keeps tags unique and the location out of the editor’s hands', async () => {
    const b1 = await banner(t, organizer, 'B-1');
    const duplicate = await t.http().post('/api/banners').set(bearer(organizer)).send({ tag: 'B-1', description: 'Another' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors).toEqual({ tag: 'is taken' });
    expect((await t.http().post('/api/banners').set(bearer(organizer)).send({ tag: 'b 1', description: 'x' })).body.errors).toHaveProperty(
      'tag',
    );
    const record = await get(t, organizer, `/api/banners/${b1.id}`);
    const edited = await t
      .http()
      .put(`/api/banners/${b1.id}`)
      .set(bearer(organizer))
      .send({ ...record, condition: 'faded', location: 'lost' });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ condition: 'faded', location: 'warehouse', version: 2 });
    const listed = await t
      .http()
      .get(`/api/banners?filter=${encodeURIComponent(JSON.stringify({ q: 'B-1' }))}`)
      .set(bearer(organizer));
    expect(listed.body.map((row: { tag: string }) => row.tag)).toEqual(['B-1']);
  });

  it('writes a banner off as lost only with a reason, so that its booth can close', async () => {
    const b8 = await banner(t, organizer, 'B-8');
    const booth = await approvedBooth(t, organizer, pasi, { banner: 'ship_existing', bannerId: b8.id });
    await deliverTo(t, organizer, booth.id, [{ bannerId: b8.id }]);
    const closing = await t
      .http()
      .get(`/api/banners?filter=${encodeURIComponent(JSON.stringify({ boothProposalId: booth.id, location: 'at_event' }))}`)
      .set(bearer(organizer));
    expect(closing.body.map((row: { tag: string }) => row.tag)).toEqual(['B-8']);
    expect((await t.http().post(`/api/banners/${b8.id}/lose`).set(bearer(organizer)).send({})).status).toBe(422);
    const lost = await t
      .http()
      .post(`/api/banners/${b8.id}/lose`)
      .set(bearer(organizer))
      .send({ reason: 'Left behind at the venue; they threw it out' });
    expect(lost.body).toMatchObject({ location: 'lost', lostReason: 'Left behind at the venue; they threw it out' });
    const history: Array<{ toLocation: string; note: string | null }> = await get(t, organizer, `/api/banners/${b8.id}/history`);
    expect(history.at(-1)).toMatchObject({ toLocation: 'lost', note: 'Left behind at the venue; they threw it out' });
    expect((await t.http().delete(`/api/banners/${b8.id}`).set(bearer(organizer))).status).toBe(409);
    const again = await t
      .http()
      .post('/api/shipments')
      .set(bearer(organizer))
      .send({
        boothProposalId: booth.id,
        direction: 'return',
        shipTo: { name: 'Warehouse', line1: '1 Main St', city: 'Austin', postalCode: '78701', country: 'US' },
        lines: [{ bannerId: b8.id }],
      });
    expect(again.status).toBe(409);
  });

  it('marks the banners of a lost parcel lost with the parcel', async () => {
    const b10 = await banner(t, organizer, 'B-10');
    const booth = await approvedBooth(t, organizer, pasi, { banner: 'ship_existing', bannerId: b10.id });
    const parcel = await shipment(t, organizer, { boothProposalId: booth.id, lines: [{ bannerId: b10.id }] });
    await step(t, organizer, parcel.id, 'pack');
    await step(t, organizer, parcel.id, 'ship', { carrier: 'USPS', trackingNumber: '9400111899223123456789' });
    expect((await step(t, organizer, parcel.id, 'lose', {}, 422)).errors).toEqual({ reason: 'is required' });
    await step(t, organizer, parcel.id, 'lose', { reason: 'USPS gave up after 30 days' });
    expect(await get(t, organizer, `/api/banners/${b10.id}`)).toMatchObject({
      location: 'lost',
      shipmentId: null,
      lostReason: `Lost with shipment #${parcel.id}: USPS gave up after 30 days`,
    });
  });

  it('assigns an existing banner to a booth that asked for one', async () => {
    const b11 = await banner(t, organizer, 'B-11');
    const wants = await approvedBooth(t, organizer, pasi, { banner: 'ship_existing' });
    const none = await approvedBooth(t, organizer, pasi, {});
    expect((await t.http().post(`/api/banners/${b11.id}/assign`).set(bearer(organizer)).send({ boothProposalId: none.id })).status).toBe(
      422,
    );
    const assigned = await t.http().post(`/api/banners/${b11.id}/assign`).set(bearer(organizer)).send({ boothProposalId: wants.id });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect((await get(t, organizer, `/api/booth-proposals/${wants.id}`)).bannerId).toBe(b11.id);
  });

  it('books a new banner order as an expense and adds the banner once it arrives', async () => {
    const booth = await approvedBooth(t, organizer, pasi, { banner: 'order_new' });
    const bad = await t
      .http()
      .post('/api/banner-orders')
      .set(bearer(organizer))
      .send({ boothProposalId: booth.id, description: 'Roll-up', cost: -5, currency: 'USD' });
    expect(bad.status).toBe(422);
    const ordered = await t.http().post('/api/banner-orders').set(bearer(organizer)).send({
      boothProposalId: booth.id,
      description: 'Xen roll-up banner 85×200 cm',
      cost: 18_900,
      currency: 'USD',
      supplier: 'Vistaprint',
    });
    expect(ordered.status, JSON.stringify(ordered.body)).toBe(201);
    expect(ordered.body).toMatchObject({ bannerId: null, receivedAt: null, cost: 18_900 });
    const [expense] = await t.dataSource.query(`SELECT kind, amount::int, booth_proposal_id, budget_id FROM ledger_entry WHERE id = $1`, [
      ordered.body.ledgerEntryId,
    ]);
    expect(expense).toEqual({ kind: 'expense', amount: 18_900, booth_proposal_id: booth.id, budget_id: budget.id });

    const received = await t.http().post(`/api/banner-orders/${ordered.body.id}/receive`).set(bearer(organizer)).send({ tag: 'B-12' });
    expect(received.status, JSON.stringify(received.body)).toBe(200);
    const newBanner = await get(t, organizer, `/api/banners/${received.body.bannerId}`);
    expect(newBanner).toMatchObject({ tag: 'B-12', description: 'Xen roll-up banner 85×200 cm', condition: 'new', location: 'warehouse' });
    expect((await get(t, organizer, `/api/booth-proposals/${booth.id}`)).bannerId).toBe(newBanner.id);
    expect((await t.http().post(`/api/banner-orders/${ordered.body.id}/receive`).set(bearer(organizer)).send({ tag: 'B-13' })).status).toBe(
      409,
    );
  });
});
