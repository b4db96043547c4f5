import { Carriers, OpenShipmentStatuses, ShipmentDirections, ShipmentStatuses } from '@summitdesk/contracts';
import type { ListSpec } from '../common/list-query.js';

// The list's filter builds SQL from column expressions and cannot bind parameters, so the open states
// are spelled from the contracts' list here rather than typed again.
const OPEN_STATUSES_SQL = OpenShipmentStatuses.map((status) => `'${status}'`).join(', ');

// Outbound, open, and past the booth's needed-by date in the event's time zone (same rule as isOverdue).
export const OVERDUE_SQL = `coalesce(shipment.direction = 'outbound' AND shipment.status IN (${OPEN_STATUSES_SQL})
  AND booth.needed_by < (now() AT TIME ZONE coalesce(event.time_zone, 'UTC'))::date, false)`;

export const shipmentListSpec: ListSpec = {
  resource: 'shipments',
  sortable: {
    id: 'shipment.id',
    createdAt: 'shipment.created_at',
    status: 'shipment.status',
    shippedAt: 'shipment.shipped_at',
    neededBy: 'booth.needed_by',
    eventStartDate: 'event.start_date',
  },
  filterable: {
    id: { column: 'shipment.id', type: 'int' },
    status: { column: 'shipment.status', type: 'text', values: ShipmentStatuses },
    direction: { column: 'shipment.direction', type: 'text', values: ShipmentDirections },
    carrier: { column: 'shipment.carrier', type: 'text', values: Carriers },
    boothProposalId: { column: 'shipment.booth_proposal_id', type: 'int' },
    fromBoothProposalId: { column: 'shipment.from_booth_proposal_id', type: 'int' },
    eventId: { column: 'booth.event_id', type: 'int' },
    overdue: { column: OVERDUE_SQL, type: 'bool' },
    createdAt: { column: 'shipment.created_at', type: 'instant', range: true },
  },
  // Same expression as the ix_shipment_search trigram index.
  search:
    `(coalesce(shipment.tracking_number, '') || ' ' || coalesce(shipment.ship_to->>'name', '') || ' ' || ` +
    `coalesce(shipment.ship_to->>'city', ''))`,
  defaultSort: ['createdAt', 'DESC'],
  idColumn: 'shipment.id',
};
