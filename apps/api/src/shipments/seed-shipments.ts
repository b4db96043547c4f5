import type { DataSource, EntityManager } from 'typeorm';
import { comingYear } from '../database/seed/demo-dates.js';

const banners = [
  { tag: 'B-1', description: 'Xen Project pull-up banner, 85×200 cm, blue', condition: 'good' },
  { tag: 'B-2', description: 'Xen Project table-front banner, 180×60 cm', condition: 'good, one grommet loose' },
];
const stock = [
  { sku: 'FLY-XEN', quantity: 1000, reorderLevel: 300 },
  { sku: 'STK-XEN', quantity: 400, reorderLevel: 100 },
  { sku: 'CD-LIVE', quantity: 180, reorderLevel: 100 },
];
const warehouse = 'Warehouse';
const ups = '1Z999AA10123456784';

// The demo's parcels (issue 4): stock for the three catalogue items, banner B-1 delivered to the SCALE
// booth with its materials, B-2 at home, and SouthEast LinuxFest's materials packed (that booth is
// still in review in the demo; the organizer packs ahead). Runs after the
// booth step and is keyed by banner tag, item SKU and booth, so running it again adds nothing.
export async function seedShipments(dataSource: DataSource): Promise<void> {
  const year = comingYear();
  await dataSource.transaction(async (manager) => {
    const [organizer] = await manager.query(`SELECT id, name FROM app_user WHERE email = 'organizer@summitdesk.test'`);
    const actor = { id: organizer.id as number, name: organizer.name as string };
    for (const banner of banners) {
      const [row] = await manager.query(
        `INSERT INTO banner (tag, description, condition) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`,
        [banner.tag, banner.description, banner.condition],
      );
      if (row) await handOver(manager, actor, row.id, null, 'warehouse', warehouse, banner.condition, null, null, daysAgo(30));
    }
    for (const item of stock) {
      const [row] = await manager.query(
        `SELECT id FROM inventory_item WHERE sku = $1 AND NOT EXISTS (SELECT 1 FROM stock_movement WHERE item_id = inventory_item.id)`,
        [item.sku],
      );
      if (!row) continue;
      await manager.query(`UPDATE inventory_item SET reorder_level = $2 WHERE id = $1`, [row.id, item.reorderLevel]);
      await movement(manager, actor, row.id, 'restock', item.quantity, null, 'Opening stock');
    }

    const scale = await booth(manager, `scale-${year}`);
    if (scale && !(await hasShipment(manager, scale.id))) {
      const [b1] = await manager.query(`SELECT id FROM banner WHERE tag = 'B-1' AND location = 'warehouse' AND shipment_id IS NULL`);
      const id = await parcel(manager, actor, scale.id, 'delivered', scale.shipping_address, {
        carrier: 'UPS',
        trackingNumber: ups,
        service: 'Ground',
        cost: 8900,
      });
      const lines = await itemLines(manager, id, [
        ['FLY-XEN', 300],
        ['STK-XEN', 150],
        ['CD-LIVE', 100],
      ]);
      for (const line of lines) {
        await movement(manager, actor, line.itemId, 'reserve', line.quantity, id, null);
        await movement(manager, actor, line.itemId, 'ship', line.quantity, id, null);
      }
      if (b1) {
        await manager.query(`INSERT INTO shipment_line (shipment_id, banner_id) VALUES ($1, $2)`, [id, b1.id]);
        await manager.query(`UPDATE booth_proposal SET banner_id = $2 WHERE id = $1 AND banner_id IS NULL`, [scale.id, b1.id]);
        await manager.query(`UPDATE banner SET location = 'at_event', booth_proposal_id = $2 WHERE id = $1`, [b1.id, scale.id]);
        await handOver(
          manager,
          actor,
          b1.id,
          'warehouse',
          'warehouse',
          `Packed for shipment #${id} by ${actor.name}`,
          null,
          id,
          scale.id,
          daysAgo(10),
        );
        await handOver(manager, actor, b1.id, 'warehouse', 'in_transit', `UPS ${ups}`, null, id, scale.id, daysAgo(9));
        await handOver(
          manager,
          actor,
          b1.id,
          'in_transit',
          'at_event',
          `SCALE ${year} booth (Konrad Rzeszutek Wilk)`,
          null,
          id,
          scale.id,
          daysAgo(6),
        );
      }
      const [budget] = await manager.query(`SELECT id FROM budget WHERE year = $1 AND currency = 'USD'`, [year]);
      if (budget) {
        const [entry] = await manager.query(
          `INSERT INTO ledger_entry (budget_id, kind, amount, currency, booth_proposal_id, shipment_id, memo, actor_id) VALUES ` +
            `($1, 'expense', 8900, 'USD', $2, $3, $4, $5) RETURNING id`,
          [budget.id, scale.id, id, `Shipping: shipment #${id} (outbound) for SCALE ${year} by UPS ${ups}`, actor.id],
        );
        await manager.query(`UPDATE shipment SET ledger_entry_id = $2 WHERE id = $1`, [id, entry.id]);
      }
      // Delivered last week: ahead of SCALE's receiving window, which the dashboard then warns about.
      await manager.query(`UPDATE shipment SET packed_at = $2, shipped_at = $3, delivered_at = $4 WHERE id = $1`, [
        id,
        daysAgo(10),
        daysAgo(9),
        daysAgo(6),
      ]);
      for (const [action, from, to] of [
        ['create', null, 'requested'],
        ['pack', 'requested', 'packed'],
        ['ship', 'packed', 'shipped'],
        ['deliver', 'shipped', 'delivered'],
      ])
        await audit(manager, actor, id, action!, from, to!);
      // Its only parcel has left, so the funded booth is shipped (as ShipmentWorkflowService would do).
      const moved = await manager.query(
        `UPDATE booth_proposal SET status = 'shipped', status_changed_at = $2, version = version + 1 WHERE id = $1 AND status = ` +
          `'funded' RETURNING id`,
        [scale.id, daysAgo(9)],
      );
      if (moved.length > 0) {
        await manager.query(
          `INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, from_state, to_state) VALUES ($1, $2, ` +
            `'booth_proposal', $3, 'mark_shipped', 'funded', 'shipped')`,
          [actor.id, actor.name, String(scale.id)],
        );
      }
    }

    const self = await booth(manager, `southeast-linuxfest-${year}`);
    if (self && !(await hasShipment(manager, self.id))) {
      const id = await parcel(manager, actor, self.id, 'packed', self.shipping_address, {
        carrier: null,
        trackingNumber: null,
        service: null,
        cost: null,
      });
      for (const line of await itemLines(manager, id, [
        ['FLY-XEN', 200],
        ['CD-LIVE', 50],
      ]))
        await movement(manager, actor, line.itemId, 'reserve', line.quantity, id, null);
      await manager.query(`UPDATE shipment SET packed_at = now() WHERE id = $1`, [id]);
      for (const [action, from, to] of [
        ['create', null, 'requested'],
        ['pack', 'requested', 'packed'],
      ])
        await audit(manager, actor, id, action!, from, to!);
    }
  });
}

type Actor = { id: number; name: string };

async function booth(manager: EntityManager, slug: string): Promise<{ id: number; shipping_address: unknown } | undefined> {
  const [row] = await manager.query(
    `SELECT p.id, p.shipping_address FROM booth_proposal p JOIN event e ON e.id = p.event_id WHERE e.slug = $1 AND ` +
      `p.shipping_address IS NOT NULL ORDER BY p.id LIMIT 1`,
    [slug],
  );
  return row;
}

async function hasShipment(manager: EntityManager, boothId: number): Promise<boolean> {
  const [{ found }] = await manager.query(`SELECT EXISTS (SELECT 1 FROM shipment WHERE booth_proposal_id = $1) AS found`, [boothId]);
  return found;
}

async function parcel(
  manager: EntityManager,
  actor: Actor,
  boothId: number,
  status: string,
  shipTo: unknown,
  label: { carrier: string | null; trackingNumber: string | null; service: string | null; cost: number | null },
): Promise<number> {
  const [row] = await manager.query(
    `INSERT INTO shipment (booth_proposal_id, direction, status, ship_to, carrier, tracking_number, service, cost, currency) ` +
      `VALUES ($1, 'outbound', $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      boothId,
      status,
      JSON.stringify(shipTo),
      label.carrier,
      label.trackingNumber,
      label.service,
      label.cost,
      label.cost === null ? null : 'USD',
    ],
  );
  return row.id;
}

async function itemLines(
  manager: EntityManager,
  shipmentId: number,
  lines: Array<[string, number]>,
): Promise<Array<{ itemId: number; quantity: number }>> {
  const rows: Array<{ itemId: number; quantity: number }> = [];
  for (const [sku, quantity] of lines) {
    const [row] = await manager.query(
      `INSERT INTO shipment_line (shipment_id, item_id, quantity) SELECT $1, id, $3 FROM inventory_item WHERE sku = $2 RETURNING item_id`,
      [shipmentId, sku, quantity],
    );
    if (row) rows.push({ itemId: row.item_id, quantity });
  }
  return rows;
}

async function movement(
  manager: EntityManager,
  actor: Actor,
  itemId: number,
  kind: 'restock' | 'reserve' | 'ship',
  quantity: number,
  shipmentId: number | null,
  note: string | null,
) {
  const onHand = kind === 'reserve' ? 0 : kind === 'ship' ? -quantity : quantity;
  const reserved = kind === 'reserve' ? quantity : kind === 'ship' ? -quantity : 0;
  await manager.query(
    `INSERT INTO stock_movement (item_id, kind, quantity, on_hand_delta, reserved_delta, shipment_id, actor_id, actor_name, ` +
      `note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [itemId, kind, quantity, onHand, reserved, shipmentId, actor.id, actor.name, note],
  );
  await manager.query(
    `INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, note) VALUES ($1, $2, 'inventory_item', $3, $4, $5)`,
    [actor.id, actor.name, String(itemId), kind, `${quantity}${shipmentId ? ` (shipment #${shipmentId})` : ''}${note ? `: ${note}` : ''}`],
  );
}

async function handOver(
  manager: EntityManager,
  actor: Actor,
  bannerId: number,
  from: string | null,
  to: string,
  holder: string,
  condition: string | null,
  shipmentId: number | null,
  boothId: number | null,
  at: Date,
) {
  await manager.query(
    `INSERT INTO banner_hand_over (banner_id, from_location, to_location, holder, condition, shipment_id, booth_proposal_id, ` +
      `actor_id, actor_name, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [bannerId, from, to, holder, condition, shipmentId, boothId, actor.id, actor.name, at],
  );
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

async function audit(manager: EntityManager, actor: Actor, shipmentId: number, action: string, from: string | null, to: string) {
  await manager.query(
    `INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, from_state, to_state) VALUES ($1, $2, 'shipment', ` +
      `$3, $4, $5, $6)`,
    [actor.id, actor.name, String(shipmentId), action, from, to],
  );
}
