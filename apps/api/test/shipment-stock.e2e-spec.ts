import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBudget } from './booth-fixtures.js';
import { approvedBooth, get, shipment, step, stockedItem } from './shipment-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('stock', () => {
  let t: TestApp;
  let organizer: TestUser;
  let member: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer', { name: 'Stephen Spector' });
    member = await t.user('member', { name: 'Pasi Kärkkäinen' });
    await createBudget(t, organizer);
  });
  afterAll(() => t.close());

  const item = (id: number) => get(t, organizer, `/api/inventory-items/${id}`);

  it('restocks through a movement with who and why, and refuses members', async () => {
    const stickers = await stockedItem(t, organizer, 'STK-XEN', 'Xen stickers', 0, 100);
    const restocked = await t
      .http()
      .post(`/api/inventory-items/${stickers.id}/restock`)
      .set(bearer(organizer))
      .send({ quantity: 250, note: 'Sticker Mule order 4411' });
    expect(restocked.body).toMatchObject({ onHand: 250, reserved: 0, available: 250, reorderLevel: 100, belowReorderLevel: false });
    expect((await t.http().post(`/api/inventory-items/${stickers.id}/restock`).set(bearer(member)).send({ quantity: 5 })).status).toBe(403);
    expect((await t.http().post(`/api/inventory-items/${stickers.id}/restock`).set(bearer(organizer)).send({ quantity: -5 })).status).toBe(
      400,
    );
    expect((await t.http().post(`/api/inventory-items/999999/restock`).set(bearer(organizer)).send({ quantity: 5 })).status).toBe(404);
    const movements = await get(t, organizer, `/api/stock-movements?filter=${encodeURIComponent(JSON.stringify({ itemId: stickers.id }))}`);
    expect(movements).toEqual([
      expect.objectContaining({
        kind: 'restock',
        quantity: 250,
        onHandDelta: 250,
        actorName: 'Stephen Spector',
        note: 'Sticker Mule order 4411',
      }),
    ]);
  });

  it('ignores stock fields sent on PUT: stock changes only through movements', async () => {
    const cds = await stockedItem(t, organizer, 'CD-LIVE', 'Live CDs', 40);
    const record = await item(cds.id);
    const response = await t
      .http()
      .put(`/api/inventory-items/${cds.id}`)
      .set(bearer(organizer))
      .send({ ...record, onHand: 9_999, reserved: 5, reorderLevel: 50 });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ onHand: 40, reserved: 0, reorderLevel: 50, belowReorderLevel: true });
  });

  it('lists items under their reorder level as alerts', async () => {
    const low = await stockedItem(t, organizer, 'FLY-LOW', 'Old flyers', 10, 50);
    await stockedItem(t, organizer, 'FLY-OK', 'New flyers', 500, 50);
    const alerts: Array<{ id: number }> = await get(
      t,
      organizer,
      `/api/inventory-items?filter=${encodeURIComponent(JSON.stringify({ belowReorderLevel: true }))}&range=[0,99]`,
    );
    const ids = alerts.map((row) => row.id);
    expect(ids).toContain(low.id);
    expect(alerts.every((row) => (row as unknown as { belowReorderLevel: boolean }).belowReorderLevel)).toBe(true);
  });

  it('writes off only free stock, with a reason', async () => {
    const mugs = await stockedItem(t, organizer, 'MUG-XEN', 'Xen mugs', 12);
    expect((await t.http().post(`/api/inventory-items/${mugs.id}/write-off`).set(bearer(organizer)).send({ quantity: 2 })).status).toBe(
      400,
    );
    const tooMany = await t
      .http()
      .post(`/api/inventory-items/${mugs.id}/write-off`)
      .set(bearer(organizer))
      .send({ quantity: 13, note: 'Broken in the flood' });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.errors).toEqual({ quantity: 'must be at most 12' });
    const done = await t
      .http()
      .post(`/api/inventory-items/${mugs.id}/write-off`)
      .set(bearer(organizer))
      .send({ quantity: 3, note: 'Broken in transit' });
    expect(done.body).toMatchObject({ onHand: 9 });
  });

  it('refuses to pack more than is free, naming what is short, and reserves nothing', async () => {
    const flyers = await stockedItem(t, organizer, 'FLY-SHORT', 'Xen flyers (short)', 150);
    const stickers = await stockedItem(t, organizer, 'STK-SHORT', 'Stickers (plenty)', 1_000);
    const booth = await approvedBooth(t, organizer, member, { materials: [{ itemId: flyers.id, quantity: 200 }] });
    const parcel = await shipment(t, organizer, {
      boothProposalId: booth.id,
      lines: [
        { itemId: stickers.id, quantity: 100 },
        { itemId: flyers.id, quantity: 200 },
      ],
    });
    const refused = await step(t, organizer, parcel.id, 'pack', {}, 409);
    expect(refused.code).toBe('SHIPMENT.INSUFFICIENT_STOCK');
    expect(refused.message).toContain('Xen flyers (short) (FLY-SHORT): 200 piece needed, 150 free');
    expect(refused.errors).toEqual({ 'lines.1.quantity': 'only 150 piece of FLY-SHORT are free' });
    expect(await item(stickers.id)).toMatchObject({ onHand: 1_000, reserved: 0 });
    expect((await get(t, organizer, `/api/shipments/${parcel.id}`)).status).toBe('requested');
  });

  it('lets only one of two parcels reserve the last 50 flyers at once, and stock never goes negative', async () => {
    const flyers = await stockedItem(t, organizer, 'FLY-LAST', 'Last flyers', 50);
    const booth = await approvedBooth(t, organizer, member, { materials: [{ itemId: flyers.id, quantity: 50 }] });
    const parcels = await Promise.all(
      [1, 2].map(() => shipment(t, organizer, { boothProposalId: booth.id, lines: [{ itemId: flyers.id, quantity: 50 }] })),
    );
    const results = await Promise.all(
      parcels.map((parcel) => t.http().post(`/api/shipments/${parcel.id}/pack`).set(bearer(organizer)).send({})),
    );
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    expect(await item(flyers.id)).toMatchObject({ onHand: 50, reserved: 50, available: 0 });
    const [{ reserves }] = await t.dataSource.query(
      `SELECT count(*)::int AS reserves FROM stock_movement WHERE item_id = $1 AND kind = 'reserve'`,
      [flyers.id],
    );
    expect(reserves).toBe(1);
  });

  it('has the database refuse a movement that would take stock below zero, and never edit one', async () => {
    const pens = await stockedItem(t, organizer, 'PEN-XEN', 'Pens', 5);
    await expect(
      t.dataSource.query(
        `INSERT INTO stock_movement (item_id, kind, quantity, on_hand_delta, reserved_delta, note) VALUES ($1, 'write_off', 6, ` +
          `-6, 0, 'test')`,
        [pens.id],
      ),
    ).rejects.toThrow(/ck_inventory_item/);
    await expect(
      t.dataSource.query(
        `INSERT INTO stock_movement (item_id, kind, quantity, on_hand_delta, reserved_delta) VALUES ($1, 'restock', 5, 50, 0)`,
        [pens.id],
      ),
    ).rejects.toThrow(/ck_stock_movement_effect/);
    await expect(t.dataSource.query(`UPDATE stock_movement SET quantity = 1 WHERE item_id = $1`, [pens.id])).rejects.toThrow(/append-only/);
    expect(await item(pens.id)).toMatchObject({ onHand: 5 });
  });

  it('gives a cancelled packed parcel its stock back', async () => {
    const flyers = await stockedItem(t, organizer, 'FLY-BACK', 'Returned flyers', 100);
    const booth = await approvedBooth(t, organizer, member, { materials: [{ itemId: flyers.id, quantity: 60 }] });
    const parcel = await shipment(t, organizer, { boothProposalId: booth.id, lines: [{ itemId: flyers.id, quantity: 60 }] });
    await step(t, organizer, parcel.id, 'pack');
    expect(await item(flyers.id)).toMatchObject({ reserved: 60 });
    expect((await step(t, organizer, parcel.id, 'cancel', {}, 422)).errors).toEqual({ reason: 'is required' });
    const cancelled = await step(t, organizer, parcel.id, 'cancel', { reason: 'The booth moved to next year' });
    expect(cancelled).toMatchObject({ status: 'cancelled', closedReason: 'The booth moved to next year' });
    expect(await item(flyers.id)).toMatchObject({ onHand: 100, reserved: 0 });
  });
});
