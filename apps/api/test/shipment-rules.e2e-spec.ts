import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBudget } from './booth-fixtures.js';
import { approvedBooth, banner, deliverTo, get, shipment, step, stockedItem, upsNumber } from './shipment-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('shipment rules', () => {
  let t: TestApp;
  let organizer: TestUser;
  let pasi: TestUser;
  let heechul: TestUser;
  let booth: { id: number; event: { id: number; name: string } };
  let flyers: { id: number };
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer', { name: 'Stephen Spector' });
    pasi = await t.user('member', { name: 'Pasi Kärkkäinen' });
    heechul = await t.user('member', { name: 'Heechul Kim' });
    await createBudget(t, organizer);
    flyers = await stockedItem(t, organizer, 'FLY-XEN', 'Xen flyers', 1_000);
    booth = await approvedBooth(t, organizer, pasi, { materials: [{ itemId: flyers.id, quantity: 100 }] });
  });
  afterAll(() => t.close());

  const packed = async () => {
    const parcel = await shipment(t, organizer, { boothProposalId: booth.id, lines: [{ itemId: flyers.id, quantity: 10 }] });
    await step(t, organizer, parcel.id, 'pack');
    return parcel;
  };

  it('refuses an unknown carrier with 422 naming the field', async () => {
    const parcel = await packed();
    const refused = await step(t, organizer, parcel.id, 'ship', { carrier: 'Royal Mail', trackingNumber: 'AB123456789GB' }, 422);
    expect(refused).toMatchObject({ code: 'SHIPMENT.UNKNOWN_CARRIER', errors: { carrier: 'must be one of UPS, FedEx, DHL, USPS, other' } });
    expect((await get(t, organizer, `/api/shipments/${parcel.id}`)).status).toBe('packed');
  });

  it('refuses a malformed tracking number with 422 and changes nothing', async () => {
    const parcel = await packed();
    const refused = await step(t, organizer, parcel.id, 'ship', { carrier: 'UPS', trackingNumber: '1Z999' }, 422);
    expect(refused.code).toBe('SHIPMENT.BAD_TRACKING_NUMBER');
    expect(refused.errors.trackingNumber).toMatch(/not a UPS tracking number/);
    const fedex = await step(t, organizer, parcel.id, 'ship', { carrier: 'FedEx', trackingNumber: upsNumber }, 422);
    expect(fedex.errors.trackingNumber).toMatch(/12, 15, 20 or 22 digits/);
    expect(await get(t, organizer, `/api/inventory-items/${flyers.id}`)).toMatchObject({ reserved: expect.any(Number) });
    expect((await get(t, organizer, `/api/shipments/${parcel.id}`)).status).toBe('packed');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM stock_movement WHERE shipment_id = $1 AND kind = 'ship'`, [
      parcel.id,
    ]);
    expect(n).toBe(0);
  });

  it('checks a tracking number given on create as well', async () => {
    const response = await t
      .http()
      .post('/api/shipments')
      .set(bearer(organizer))
      .send({ boothProposalId: booth.id, carrier: 'DHL', trackingNumber: '12345', lines: [{ itemId: flyers.id, quantity: 1 }] });
    expect(response.status).toBe(422);
    expect(response.body.errors).toHaveProperty('trackingNumber');
  });

  it('does not put a banner that is already out into a second shipment', async () => {
    const b3 = await banner(t, organizer, 'B-3');
    const other = await approvedBooth(t, organizer, heechul, {}, { name: 'Open Source Summit Korea' });
    await shipment(t, organizer, { boothProposalId: booth.id, lines: [{ bannerId: b3.id }] });
    const twice = await t
      .http()
      .post('/api/shipments')
      .set(bearer(organizer))
      .send({ boothProposalId: other.id, lines: [{ bannerId: b3.id }] });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({
      code: 'SHIPMENT.BANNER_UNAVAILABLE',
      errors: { 'lines.0.bannerId': expect.stringMatching(/B-3 is already on shipment #\d+/) },
    });

    // Once at an event it cannot leave the warehouse again either.
    const b4 = await banner(t, organizer, 'B-4');
    await deliverTo(t, organizer, booth.id, [{ bannerId: b4.id }]);
    const again = await t
      .http()
      .post('/api/shipments')
      .set(bearer(organizer))
      .send({ boothProposalId: other.id, lines: [{ bannerId: b4.id }] });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain(`B-4 is at booth #${booth.id}, not in the warehouse`);
  });

  it('lets only one of two parcels claim the same banner at once', async () => {
    const b5 = await banner(t, organizer, 'B-5');
    const results = await Promise.all(
      [1, 2].map(() =>
        t
          .http()
          .post('/api/shipments')
          .set(bearer(organizer))
          .send({ boothProposalId: booth.id, lines: [{ bannerId: b5.id }] }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
  });

  it('validates the body, the address and the lines, writing nothing', async () => {
    const [{ before }] = await t.dataSource.query(`SELECT count(*)::int AS before FROM shipment`);
    const unknownField = await t
      .http()
      .post('/api/shipments')
      .set(bearer(organizer))
      .send({ boothProposalId: booth.id, lines: [{ itemId: flyers.id, quantity: 1 }], colour: 'red' });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors).toEqual({ colour: 'is not a known field' });
    const noLines = await t.http().post('/api/shipments').set(bearer(organizer)).send({ boothProposalId: booth.id, lines: [] });
    expect(noLines.body.errors).toEqual({ lines: 'must list at least one item or banner' });
    const badZip = await t
      .http()
      .post('/api/shipments')
      .set(bearer(organizer))
      .send({
        boothProposalId: booth.id,
        shipTo: { name: 'Booth', line1: '1 Main St', city: 'Pasadena', postalCode: 'ABC', country: 'US' },
        lines: [{ itemId: flyers.id, quantity: 1 }],
      });
    expect(badZip.status).toBe(400);
    expect(badZip.body.errors).toEqual({ 'shipTo.postalCode': 'is not a postal code of US' });
    const unknownItem = await t
      .http()
      .post('/api/shipments')
      .set(bearer(organizer))
      .send({ boothProposalId: booth.id, lines: [{ itemId: 999_999, quantity: 1 }] });
    expect(unknownItem.status).toBe(422);
    expect(unknownItem.body.errors).toEqual({ 'lines.0.itemId': 'is not in the catalogue' });
    const badCost = await t
      .http()
      .post('/api/shipments')
      .set(bearer(organizer))
      .send({ boothProposalId: booth.id, cost: 12.5, lines: [{ itemId: flyers.id, quantity: 1 }] });
    expect(badCost.status).toBe(422);
    expect(badCost.body.errors.cost).toMatch(/whole number/);
    const [{ after }] = await t.dataSource.query(`SELECT count(*)::int AS after FROM shipment`);
    expect(after).toBe(before);
  });

  it('refuses parcels to booths that are not approved, and items on a forward', async () => {
    const b6 = await banner(t, organizer, 'B-6');
    const draft = await t
      .http()
      .post('/api/booth-proposals')
      .set(bearer(pasi))
      .send({ eventId: booth.event.id, pitch: 'Another booth', currency: 'USD' });
    const early = await t
      .http()
      .post('/api/shipments')
      .set(bearer(organizer))
      .send({ boothProposalId: draft.body.id, lines: [{ bannerId: b6.id }] });
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual({ boothProposalId: 'is draft' });
    const other = await approvedBooth(t, organizer, heechul, {}, { name: 'FOSDEM' });
    const forward = await t
      .http()
      .post('/api/shipments')
      .set(bearer(organizer))
      .send({ boothProposalId: other.id, fromBoothProposalId: booth.id, lines: [{ itemId: flyers.id, quantity: 5 }] });
    expect(forward.status).toBe(422);
    expect(forward.body.code).toBe('SHIPMENT.FORWARD_CARRIES_BANNERS_ONLY');
  });

  it('takes the whole record back on PUT while requested, locks the lines once packed, and refuses a stale version', async () => {
    const parcel = await shipment(t, organizer, { boothProposalId: booth.id, lines: [{ itemId: flyers.id, quantity: 10 }] });
    const edited = await t
      .http()
      .put(`/api/shipments/${parcel.id}`)
      .set(bearer(organizer))
      .send({ ...parcel, service: 'Next day air', lines: [{ itemId: flyers.id, quantity: 25 }] });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      service: 'Next day air',
      version: 2,
      lines: [{ itemId: flyers.id, quantity: 25, sku: 'FLY-XEN' }],
    });
    const stale = await t
      .http()
      .put(`/api/shipments/${parcel.id}`)
      .set(bearer(organizer))
      .send({ ...parcel, service: 'Other' });
    expect(stale.status).toBe(409);
    const packedNow = await step(t, organizer, parcel.id, 'pack');
    const relabel = await t
      .http()
      .put(`/api/shipments/${parcel.id}`)
      .set(bearer(organizer))
      .send({ ...packedNow, carrier: 'USPS', trackingNumber: 'EA123456789US' });
    expect(relabel.status, JSON.stringify(relabel.body)).toBe(200);
    expect(relabel.body.trackingUrl).toBe('https://tools.usps.com/go/TrackConfirmAction?tLabels=EA123456789US');
    const moreFlyers = await t
      .http()
      .put(`/api/shipments/${parcel.id}`)
      .set(bearer(organizer))
      .send({ ...relabel.body, lines: [{ itemId: flyers.id, quantity: 30 }] });
    expect(moreFlyers.status).toBe(409);
    expect(moreFlyers.body.code).toBe('SHIPMENT.LINES_LOCKED');
    expect((await t.http().delete(`/api/shipments/${parcel.id}`).set(bearer(organizer))).status).toBe(409);
  });

  it('refuses illegal moves with 409 and members with 403', async () => {
    const parcel = await shipment(t, organizer, { boothProposalId: booth.id, lines: [{ itemId: flyers.id, quantity: 1 }] });
    const early = await step(t, organizer, parcel.id, 'deliver', {}, 409);
    expect(early.message).toMatch(/requested cannot deliver/);
    await step(t, pasi, parcel.id, 'pack', {}, 403);
    expect(
      (
        await t
          .http()
          .post('/api/shipments')
          .set(bearer(pasi))
          .send({ boothProposalId: booth.id, lines: [{ itemId: flyers.id, quantity: 1 }] })
      ).status,
    ).toBe(403);
    expect((await t.http().post(`/api/shipments/${parcel.id}/lose`).set(bearer(organizer)).send({ reason: 'x' })).status).toBe(409);
  });

  it("shows a member their own booth's parcels only, and 404 for the rest", async () => {
    const mine = await shipment(t, organizer, { boothProposalId: booth.id, lines: [{ itemId: flyers.id, quantity: 1 }] });
    const theirs = await approvedBooth(t, organizer, heechul, {}, { name: 'KubeCon' });
    const hidden = await shipment(t, organizer, { boothProposalId: theirs.id, lines: [{ itemId: flyers.id, quantity: 1 }] });
    expect((await t.http().get(`/api/shipments/${mine.id}`).set(bearer(pasi))).status).toBe(200);
    expect((await t.http().get(`/api/shipments/${hidden.id}`).set(bearer(pasi))).status).toBe(404);
    expect((await t.http().get(`/api/shipments/${hidden.id}/packing-slip`).set(bearer(pasi))).status).toBe(404);
    const list = await t.http().get('/api/shipments?range=[0,99]').set(bearer(pasi));
    expect(list.body.map((row: { boothProposalId: number }) => row.boothProposalId)).not.toContain(theirs.id);
    expect(list.headers['content-range']).toMatch(/^shipments 0-\d+\/\d+$/);
    expect((await t.http().get('/api/shipments/warnings').set(bearer(pasi))).status).toBe(403);
    // Members may read the banners (to ask for one), but not their chain of custody or change them.
    const someBanner = await banner(t, organizer, 'B-20');
    expect((await t.http().get('/api/banners').set(bearer(pasi))).status).toBe(200);
    expect((await t.http().get(`/api/banners/${someBanner.id}/history`).set(bearer(pasi))).status).toBe(403);
    expect((await t.http().post(`/api/banners/${someBanner.id}/lose`).set(bearer(pasi)).send({ reason: 'mine now' })).status).toBe(403);
  });

  it('prints a packing slip with lines, address and booth contact, escaping what people typed', async () => {
    const b9 = await banner(t, organizer, 'B-9', 'Banner <script>alert(1)</script>');
    const parcel = await shipment(t, organizer, {
      boothProposalId: booth.id,
      lines: [
        { itemId: flyers.id, quantity: 200 },
        { bannerId: b9.id, condition: 'good' },
      ],
    });
    const slip = await t.http().get(`/api/shipments/${parcel.id}/packing-slip`).set(bearer(pasi));
    expect(slip.status).toBe(200);
    expect(slip.headers['content-type']).toMatch(/^text\/html/);
    expect(slip.text).toContain('FLY-XEN');
    expect(slip.text).toContain('200 piece');
    expect(slip.text).toContain('Spartanburg');
    expect(slip.text).toContain('Pasi Kärkkäinen');
    expect(slip.text).toContain(pasi.email);
    expect(slip.text).toContain('&lt;script&gt;');
    expect(slip.text).not.toContain('<script>alert');
  });
});
