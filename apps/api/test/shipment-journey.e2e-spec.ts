import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoothClosingCheck } from '../src/booth-proposals/booth-closing-check.js';
import { act, createBudget, eventHappened, outbox, photo } from './booth-fixtures.js';
import { approvedBooth, banner, deliverTo, get, shipment, step, stockedItem, upsNumber, warehouse } from './shipment-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('shipment journey', () => {
  let t: TestApp;
  let stephen: TestUser;
  let pasi: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    stephen = await t.user('organizer', { name: 'Stephen Spector' });
    pasi = await t.user('member', { name: 'Pasi Kärkkäinen' });
    await createBudget(t, stephen, 1_000_000);
  });
  afterAll(() => t.close());

  const dashboard = () => get(t, stephen, '/api/shipments/dashboard');
  const item = (id: number) => get(t, stephen, `/api/inventory-items/${id}`);
  const bannerNow = (id: number) => get(t, stephen, `/api/banners/${id}`);

  it('ships 200 flyers and banner B-2 to a booth with UPS, brings the banner home, and closes the booth', async () => {
    const flyers = await stockedItem(t, stephen, 'FLY-XEN', 'Xen flyers', 500);
    const b2 = await banner(t, stephen, 'B-2');
    const booth = await approvedBooth(t, stephen, pasi, {
      materials: [{ itemId: flyers.id, quantity: 200 }],
      banner: 'ship_existing',
      bannerId: b2.id,
    });
    expect(await dashboard()).toEqual({ inFlight: 0, overdue: 0, bannersOut: 0, warnings: 0 });

    // Request and pack: the flyers are reserved, still on hand.
    const parcel = await shipment(t, stephen, {
      boothProposalId: booth.id,
      service: 'Ground',
      cost: 4_500,
      currency: 'USD',
      lines: [{ itemId: flyers.id, quantity: 200 }, { bannerId: b2.id }],
    });
    expect(parcel).toMatchObject({
      status: 'requested',
      direction: 'outbound',
      shipTo: { city: 'Spartanburg' },
      booth: { eventName: booth.event.name, proposerName: 'Pasi Kärkkäinen' },
    });
    await step(t, stephen, parcel.id, 'pack');
    expect(await item(flyers.id)).toMatchObject({ onHand: 500, reserved: 200, available: 300 });
    expect(await dashboard()).toEqual({ inFlight: 0, overdue: 0, bannersOut: 0, warnings: 0 });

    // Ship with UPS: stock drops by 200, the banner is in transit, the booth is shipped.
    const shipped = await step(t, stephen, parcel.id, 'ship', { carrier: 'UPS', trackingNumber: '1z999aa1 0123456784' });
    expect(shipped).toMatchObject({
      status: 'shipped',
      carrier: 'UPS',
      trackingNumber: upsNumber,
      trackingUrl: `https://www.ups.com/track?loc=en_US&tracknum=${upsNumber}`,
    });
    expect(await item(flyers.id)).toMatchObject({ onHand: 300, reserved: 0 });
    expect(await bannerNow(b2.id)).toMatchObject({ location: 'in_transit', boothProposalId: booth.id, shipmentId: parcel.id });
    expect((await get(t, stephen, `/api/booth-proposals/${booth.id}`)).status).toBe('shipped');
    expect(await dashboard()).toEqual({ inFlight: 1, overdue: 0, bannersOut: 1, warnings: 0 });
    const [expense] = await t.dataSource.query(
      `SELECT kind, amount::int, currency, shipment_id, booth_proposal_id FROM ledger_entry WHERE shipment_id = $1`,
      [parcel.id],
    );
    expect(expense).toEqual({ kind: 'expense', amount: 4_500, currency: 'USD', shipment_id: parcel.id, booth_proposal_id: booth.id });
    const mail = (await outbox(t)).find((message) => message.subject.includes(`shipment #${parcel.id} is on its way`));
    expect(mail?.to_email).toBe(pasi.email);
    expect(mail?.body).toContain(`tracknum=${upsNumber}`);

    // Delivered: the banner is at the event.
    await step(t, stephen, parcel.id, 'deliver');
    expect(await bannerNow(b2.id)).toMatchObject({ location: 'at_event', shipmentId: null, eventName: booth.event.name });
    expect(await dashboard()).toEqual({ inFlight: 0, overdue: 0, bannersOut: 1, warnings: 0 });

    // After the event: held, reported, but not closable while B-2 is out.
    await eventHappened(t, booth.event.id);
    await act(t, pasi, booth.id, 'mark-held');
    expect(
      (
        await t
          .http()
          .post(`/api/booth-proposals/${booth.id}/photos`)
          .set(bearer(pasi))
          .attach('file', await photo(), 'booth.jpg')
      ).status,
    ).toBe(201);
    await act(t, pasi, booth.id, 'report', { visitors: 900, leads: 45, actualSpend: 4_500, lessons: 'Bring more flyers.' });
    const blocked = await act(t, stephen, booth.id, 'close', {}, 409);
    expect(blocked.message).toContain('banner B-2 is still at the event');

    // The return parcel brings B-2 home, with 20 flyers left over.
    const home = await shipment(t, stephen, {
      boothProposalId: booth.id,
      direction: 'return',
      shipTo: warehouse,
      lines: [{ bannerId: b2.id }, { itemId: flyers.id, quantity: 20 }],
    });
    await step(t, stephen, home.id, 'pack');
    await step(t, stephen, home.id, 'ship', { carrier: 'FedEx', trackingNumber: '123456789012' });
    expect(await dashboard()).toEqual({ inFlight: 1, overdue: 0, bannersOut: 1, warnings: 0 });
    await step(t, stephen, home.id, 'deliver', { bannerConditions: [{ bannerId: b2.id, condition: 'good, slightly creased' }] });
    expect(await bannerNow(b2.id)).toMatchObject({ location: 'warehouse', boothProposalId: null, condition: 'good, slightly creased' });
    expect(await item(flyers.id)).toMatchObject({ onHand: 320, reserved: 0 });
    expect(await dashboard()).toEqual({ inFlight: 0, overdue: 0, bannersOut: 0, warnings: 0 });

    expect((await act(t, stephen, booth.id, 'close')).status).toBe('closed');

    // Every movement is in the audit log, and the stock is the sum of its movements.
    const audit: Array<{ entity: string; action: string }> = await t.dataSource.query(`SELECT entity, action FROM audit_log ORDER BY id`);
    const moves = audit.map((row) => `${row.entity}:${row.action}`);
    for (const expected of [
      'inventory_item:restock',
      'inventory_item:reserve',
      'inventory_item:ship',
      'inventory_item:return',
      'shipment:create',
      'shipment:pack',
      'shipment:ship',
      'shipment:deliver',
      'banner:hand_over',
      'ledger_entry:expense',
      'booth_proposal:mark_shipped',
      'booth_proposal:close',
    ]) {
      expect(moves, expected).toContain(expected);
    }
    expect(moves.filter((move) => move === 'shipment:deliver')).toHaveLength(2);
    const [sums] = await t.dataSource.query(
      `SELECT sum(on_hand_delta)::int AS on_hand, sum(reserved_delta)::int AS reserved FROM stock_movement WHERE item_id = $1`,
      [flyers.id],
    );
    expect(sums).toEqual({ on_hand: 320, reserved: 0 });
  });

  it('forwards a banner from one booth to the next, keeping every hand and condition note', async () => {
    const b7 = await banner(t, stephen, 'B-7');
    const first = await approvedBooth(t, stephen, pasi, { banner: 'ship_existing', bannerId: b7.id }, { name: 'Texas Linux Fest' });
    const next = await approvedBooth(t, stephen, pasi, { banner: 'ship_existing', bannerId: b7.id }, { name: 'Ohio LinuxFest' });
    await deliverTo(t, stephen, first.id, [{ bannerId: b7.id }]);

    // Straight from Texas to Ohio, without coming home; the arm went missing at the first show.
    const forward = await shipment(t, stephen, {
      boothProposalId: next.id,
      fromBoothProposalId: first.id,
      lines: [{ bannerId: b7.id, condition: 'support arm missing' }],
    });
    await step(t, stephen, forward.id, 'pack');
    await step(t, stephen, forward.id, 'ship', { carrier: 'DHL', trackingNumber: '1234567890' });
    await step(t, stephen, forward.id, 'deliver', {
      bannerConditions: [{ bannerId: b7.id, condition: 'support arm missing, replacement taped on' }],
    });
    expect(await bannerNow(b7.id)).toMatchObject({
      location: 'at_event',
      boothProposalId: next.id,
      condition: 'support arm missing, replacement taped on',
    });

    const history: Array<{
      holder: string;
      toLocation: string;
      condition: string | null;
      boothProposalId: number | null;
      actorName: string;
    }> = await get(t, stephen, `/api/banners/${b7.id}/history`);
    expect(history.map((row) => [row.toLocation, row.holder, row.condition])).toEqual([
      ['warehouse', 'Warehouse', 'good'],
      ['warehouse', expect.stringMatching(/^Packed for shipment #\d+ by Stephen Spector$/), null],
      ['in_transit', `UPS ${upsNumber}`, null],
      ['at_event', `Texas Linux Fest booth (Pasi Kärkkäinen)`, null],
      ['at_event', `Packed for shipment #${forward.id} by Stephen Spector`, 'support arm missing'],
      ['in_transit', 'DHL 1234567890', null],
      ['at_event', `Ohio LinuxFest booth (Pasi Kärkkäinen)`, 'support arm missing, replacement taped on'],
    ]);
    expect(history.every((row) => row.actorName === 'Stephen Spector')).toBe(true);

    // The first booth is no longer answerable for B-7; the next one is.
    const closing = t.app.get(BoothClosingCheck, { strict: false });
    const blockers = (id: number) => t.dataSource.transaction(async (manager) => closing.blockers(manager, { id } as never));
    expect(await blockers(first.id)).toEqual([]);
    expect(await blockers(next.id)).toEqual([expect.stringContaining('banner B-7 is still at the event')]);
  });
  it('moves the booth to shipped only when its last outbound parcel has left or the rest were cancelled', async () => {
    const stickers = await stockedItem(t, stephen, 'STK-XEN', 'Xen stickers', 300);
    const booth = await approvedBooth(
      t,
      stephen,
      pasi,
      { materials: [{ itemId: stickers.id, quantity: 100 }] },
      { name: 'LinuxFest Northwest' },
    );
    const boothStatus = async () => (await get(t, stephen, `/api/booth-proposals/${booth.id}`)).status;
    const first = await shipment(t, stephen, { boothProposalId: booth.id, lines: [{ itemId: stickers.id, quantity: 50 }] });
    const second = await shipment(t, stephen, { boothProposalId: booth.id, lines: [{ itemId: stickers.id, quantity: 50 }] });
    const third = await shipment(t, stephen, { boothProposalId: booth.id, lines: [{ itemId: stickers.id, quantity: 50 }] });
    await step(t, stephen, first.id, 'pack');
    await step(t, stephen, first.id, 'ship', { carrier: 'USPS', trackingNumber: 'EA123456789US' });
    expect(await boothStatus()).toBe('approved');
    await step(t, stephen, second.id, 'pack');
    await step(t, stephen, second.id, 'ship', { carrier: 'USPS', trackingNumber: 'EA123456780US' });
    expect(await boothStatus()).toBe('approved');
    await step(t, stephen, third.id, 'cancel', { reason: 'Two boxes were enough' });
    expect(await boothStatus()).toBe('shipped');
  });
});
