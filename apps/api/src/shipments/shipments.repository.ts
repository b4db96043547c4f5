import { DepartedShipmentStatuses, WaitingShipmentStatuses } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import type { OutboundProgress } from '../booth-proposals/booth-outbound-progress.js';
import { OVERDUE_SQL } from './shipment-list.spec-config.js';

// The shipments' own SQL (shipment, shipment_line) that other features ask for through small answers;
// status sets come from the contracts as parameters.

// How far a booth's outbound parcels have got.
export async function outboundProgressOf(manager: EntityManager, boothProposalId: number): Promise<OutboundProgress> {
  const [progress] = await manager.query(
    `SELECT count(*) FILTER (WHERE status = ANY($2))::int AS waiting,
            count(*) FILTER (WHERE status = ANY($3))::int AS left
     FROM shipment WHERE booth_proposal_id = $1 AND direction = 'outbound'`,
    [boothProposalId, WaitingShipmentStatuses, DepartedShipmentStatuses],
  );
  return progress;
}

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
