import type { EntityManager } from 'typeorm';
import { OVERDUE_SQL } from './shipment-list.spec-config.js';

// How many parcels are overdue, by the same rule as the list's `overdue` filter: the shipments'
// answer for the dashboard, so that no other feature borrows this feature's SQL.
export async function countOverdueShipments(manager: EntityManager): Promise<number> {
  const [row] = await manager.query(
    `SELECT count(*)::int AS overdue
     FROM shipment JOIN booth_proposal booth ON booth.id = shipment.booth_proposal_id LEFT JOIN event ON event.id = booth.event_id
     WHERE ${OVERDUE_SQL}`,
  );
  return row.overdue;
}
