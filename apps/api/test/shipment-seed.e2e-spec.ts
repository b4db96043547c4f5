import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/database/seed/seed.js';
import { createMigratedSchema } from './test-database.js';

describe('shipments demo data', () => {
  let schema: Awaited<ReturnType<typeof createMigratedSchema>>;
  let client: pg.Client;
  beforeAll(async () => {
    schema = await createMigratedSchema();
    client = schema.client;
  });
  afterAll(() => schema.close());

  const snapshot = async () => ({
    banners: (
      await client.query(
        `SELECT b.tag, b.location, e.slug FROM banner b LEFT JOIN booth_proposal p ON p.id = b.booth_proposal_id LEFT JOIN event ` +
          `e ON e.id = p.event_id ORDER BY b.tag`,
      )
    ).rows,
    stock: (
      await client.query(`SELECT sku, on_hand, reserved, on_hand - reserved < reorder_level AS alert FROM inventory_item ORDER BY sku`)
    ).rows,
    shipments: (
      await client.query(
        `SELECT e.slug, s.status, s.carrier, (SELECT count(*)::int FROM shipment_line l WHERE l.shipment_id = s.id) AS lines ` +
          `FROM shipment s JOIN booth_proposal p ON p.id = s.booth_proposal_id JOIN event e ON e.id = p.event_id ORDER BY s.id`,
      )
    ).rows,
    movements: (await client.query(`SELECT count(*)::int AS n FROM stock_movement`)).rows[0].n,
  });

  it('adds two banners, stock, a delivered SCALE parcel and a packed SouthEast LinuxFest one, once', async () => {
    await seedDemo(schema.target);
    const first = await snapshot();
    const year = new Date().getUTCFullYear() + 1;
    expect(first.banners).toEqual([
      { tag: 'B-1', location: 'at_event', slug: `scale-${year}` },
      { tag: 'B-2', location: 'warehouse', slug: null },
    ]);
    expect(first.stock).toEqual([
      { sku: 'CD-LIVE', on_hand: 80, reserved: 50, alert: true },
      { sku: 'FLY-XEN', on_hand: 700, reserved: 200, alert: false },
      { sku: 'STK-XEN', on_hand: 250, reserved: 0, alert: false },
    ]);
    expect(first.shipments).toEqual([
      { slug: `scale-${year}`, status: 'delivered', carrier: 'UPS', lines: 4 },
      { slug: `southeast-linuxfest-${year}`, status: 'packed', carrier: null, lines: 2 },
    ]);
    const history = (
      await client.query(`SELECT h.holder FROM banner_hand_over h JOIN banner b ON b.id = h.banner_id WHERE b.tag = 'B-1' ORDER BY h.id`)
    ).rows.map((row) => row.holder);
    expect(history).toEqual([
      'Warehouse',
      expect.stringMatching(/^Packed for shipment/),
      'UPS 1Z999AA10123456784',
      `SCALE ${year} booth (Konrad Rzeszutek Wilk)`,
    ]);

    await seedDemo(schema.target);
    expect(await snapshot()).toEqual(first);
  });
});
