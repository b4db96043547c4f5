import { DepartedShipmentStatuses, WaitingShipmentStatuses } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import type { OutboundProgress } from '../booth-proposals/booth-outbound-progress.js';
import type { BoothProposalEntity } from '../booth-proposals/booth-proposal.entity.js';
import type { ShipmentLineEntity } from './shipment-line.entity.js';
import type { ShipmentEntity } from './shipment.entity.js';
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

export type ShowRow = {
  id: number;
  booth_proposal_id: number;
  from_booth_proposal_id: number | null;
  direction: ShipmentEntity['direction'];
  status: ShipmentEntity['status'];
  ship_to: ShipmentEntity['shipTo'];
  carrier: ShipmentEntity['carrier'];
  service: string | null;
  tracking_number: string | null;
  cost: string | null;
  currency: string | null;
  ledger_entry_id: string | null;
  note: string | null;
  closed_reason: string | null;
  packed_at: Date | null;
  shipped_at: Date | null;
  delivered_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  booth_status: BoothProposalEntity['status'] | null;
  booth_event_id: number | null;
  booth_new_event: BoothProposalEntity['newEvent'];
  booth_proposer_id: number | null;
  needed_by: string | null;
  receiving_from: string | null;
  receiving_to: string | null;
  event_name: string | null;
  event_start_date: string | null;
  event_end_date: string | null;
  event_time_zone: string | null;
  proposer_name: string | null;
  lines: LineRow[];
};

type LineRow = {
  id: number;
  shipmentId?: number;
  itemId: number | null;
  quantity: number | null;
  bannerId: number | null;
  condition: string | null;
  sku: string | null;
  name: string | null;
  unit: string | null;
  tag: string | null;
  description: string | null;
};

// A line as the presenter reads it (the entity with its item or banner).
const lineOf = (line: LineRow, shipmentId: number) =>
  ({
    id: line.id,
    shipmentId,
    itemId: line.itemId,
    quantity: line.quantity,
    bannerId: line.bannerId,
    condition: line.condition,
    item: line.itemId === null ? null : { sku: line.sku, name: line.name, unit: line.unit },
    banner: line.bannerId === null ? null : { tag: line.tag, description: line.description },
  }) as unknown as ShipmentLineEntity;

// The lines of a page of parcels with their items and banners, in entry order, in one plain statement.
export async function linesOfShipments(manager: EntityManager, ids: number[]): Promise<Map<number, ShipmentLineEntity[]>> {
  const rows: Array<LineRow & { shipmentId: number }> = ids.length
    ? await manager.query(
        `SELECT l.id, l.shipment_id AS "shipmentId", l.item_id AS "itemId", l.quantity, l.banner_id AS "bannerId", l.condition,
                i.sku, i.name, i.unit, bn.tag, bn.description
           FROM shipment_line l LEFT JOIN inventory_item i ON i.id = l.item_id LEFT JOIN banner bn ON bn.id = l.banner_id
          WHERE l.shipment_id = ANY($1) ORDER BY l.id`,
        [ids],
      )
    : [];
  const lines = new Map<number, ShipmentLineEntity[]>(ids.map((id) => [id, []]));
  for (const row of rows) lines.get(row.shipmentId)?.push(lineOf(row, row.shipmentId));
  return lines;
}

// What a parcel's page and its row in the list show, by the aliases of the query: shipment s, its booth
// b, the booth's event e and proposer u. Dates stay YYYY-MM-DD text, as the entities keep them.
const shipmentColumns = (s: string, b: string, e: string, u: string) =>
  `${s}.id, ${s}.booth_proposal_id, ${s}.from_booth_proposal_id, ${s}.direction, ${s}.status, ${s}.ship_to, ${s}.carrier, ${s}.service,
   ${s}.tracking_number, ${s}.cost, ${s}.currency, ${s}.ledger_entry_id, ${s}.note, ${s}.closed_reason, ${s}.packed_at, ${s}.shipped_at,
   ${s}.delivered_at, ${s}.version, ${s}.created_at, ${s}.updated_at,
   ${b}.status AS booth_status, ${b}.event_id AS booth_event_id, ${b}.new_event AS booth_new_event, ${b}.proposer_id AS booth_proposer_id,
   ${b}.needed_by::text AS needed_by, ${b}.receiving_from::text AS receiving_from, ${b}.receiving_to::text AS receiving_to,
   ${e}.name AS event_name, ${e}.start_date::text AS event_start_date, ${e}.end_date::text AS event_end_date,
   ${e}.time_zone AS event_time_zone, ${u}.name AS proposer_name`;

// The list's columns for its query (aliases shipment, booth, event, proposer); rows go through shipmentOfRow.
export const SHIPMENT_LIST_COLUMNS = shipmentColumns('shipment', 'booth', 'event', 'proposer');

// One parcel with what its page shows (booth, event, proposer, lines with their item or banner) in one
// statement, shaped as the entity the presenter reads; the ORM's findOne with these relations sent two
// statements and hydrated six entity kinds.
export async function shipmentForShow(manager: EntityManager, id: number): Promise<ShipmentEntity | undefined> {
  const [row]: ShowRow[] = await manager.query(
    `SELECT ${shipmentColumns('s', 'b', 'e', 'u')},
            coalesce((SELECT json_agg(json_build_object('id', l.id, 'itemId', l.item_id, 'quantity', l.quantity, 'bannerId', l.banner_id,
                                      'condition', l.condition, 'sku', i.sku, 'name', i.name, 'unit', i.unit, 'tag', bn.tag,
                                      'description', bn.description) ORDER BY l.id)
                        FROM shipment_line l LEFT JOIN inventory_item i ON i.id = l.item_id LEFT JOIN banner bn ON bn.id = l.banner_id
                       WHERE l.shipment_id = s.id), '[]') AS lines
       FROM shipment s LEFT JOIN booth_proposal b ON b.id = s.booth_proposal_id LEFT JOIN event e ON e.id = b.event_id
       LEFT JOIN app_user u ON u.id = b.proposer_id
      WHERE s.id = $1`,
    [id],
  );
  return (
    row &&
    shipmentOfRow(
      row,
      row.lines.map((line) => lineOf(line, row.id)),
    )
  );
}

// A row of shipmentColumns as the entity the presenter reads, with its lines. The ORM's hydration of
// the same joined entities was most of a list page's own work.
export function shipmentOfRow(row: Omit<ShowRow, 'lines'>, lines: ShipmentLineEntity[]): ShipmentEntity {
  const booth =
    row.booth_status === null
      ? undefined
      : {
          id: row.booth_proposal_id,
          status: row.booth_status,
          eventId: row.booth_event_id,
          newEvent: row.booth_new_event,
          proposerId: row.booth_proposer_id,
          neededBy: row.needed_by,
          receivingFrom: row.receiving_from,
          receivingTo: row.receiving_to,
          event:
            row.event_name === null
              ? null
              : { name: row.event_name, startDate: row.event_start_date, endDate: row.event_end_date, timeZone: row.event_time_zone },
          proposer: row.proposer_name === null ? null : { name: row.proposer_name },
        };
  return {
    id: row.id,
    boothProposalId: row.booth_proposal_id,
    fromBoothProposalId: row.from_booth_proposal_id,
    booth,
    direction: row.direction,
    status: row.status,
    shipTo: row.ship_to,
    carrier: row.carrier,
    service: row.service,
    trackingNumber: row.tracking_number,
    cost: row.cost === null ? null : Number(row.cost),
    currency: row.currency,
    ledgerEntryId: row.ledger_entry_id === null ? null : Number(row.ledger_entry_id),
    note: row.note,
    closedReason: row.closed_reason,
    packedAt: row.packed_at,
    shippedAt: row.shipped_at,
    deliveredAt: row.delivered_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lines,
  } as unknown as ShipmentEntity;
}
