import { dayIn, OpenShipmentStatuses, trackingUrl, type Shipment, type ShipmentLine } from '@summitdesk/contracts';
import type { ShipmentLineEntity } from './shipment-line.entity.js';
import type { ShipmentEntity } from './shipment.entity.js';

// The day an instant falls on in a time zone, as YYYY-MM-DD (en-CA formats dates that way).

// The day for one instant per zone, kept while the instant stays the same: a list page presents all
// its rows with one `now`, and formatting a day in a zone is the costly part of presenting a parcel.
let daysAt = 0;
const days = new Map<string, string>();
function dayAt(now: Date, zone: string): string {
  if (now.getTime() !== daysAt) {
    days.clear();
    daysAt = now.getTime();
  }
  let day = days.get(zone);
  if (day === undefined) {
    day = dayIn(now, zone);
    days.set(zone, day);
  }
  return day;
}

// Outbound and still not delivered after the booth's needed-by date, in the event's own time zone.
function isOverdue(shipment: ShipmentEntity, now = new Date()): boolean {
  const booth = shipment.booth;
  if (shipment.direction !== 'outbound' || !OpenShipmentStatuses.includes(shipment.status) || !booth?.neededBy) return false;
  return dayAt(now, booth.event?.timeZone ?? 'UTC') > booth.neededBy;
}

const presentLine = (line: ShipmentLineEntity): ShipmentLine =>
  line.itemId !== null
    ? { itemId: line.itemId, quantity: line.quantity!, sku: line.item?.sku ?? '', name: line.item?.name ?? '', unit: line.item?.unit ?? '' }
    : { bannerId: line.bannerId!, condition: line.condition, tag: line.banner?.tag ?? '', description: line.banner?.description ?? '' };

// Expects the shipment loaded with its booth (event, proposer) and lines (item, banner).
export function presentShipment(shipment: ShipmentEntity, now = new Date()): Shipment {
  const booth = shipment.booth;
  return {
    id: shipment.id,
    boothProposalId: shipment.boothProposalId,
    fromBoothProposalId: shipment.fromBoothProposalId,
    booth: {
      id: shipment.boothProposalId,
      status: booth?.status ?? 'unknown',
      eventId: booth?.eventId ?? null,
      eventName: booth?.event?.name ?? booth?.newEvent?.name ?? null,
      eventStartDate: booth?.event?.startDate ?? null,
      eventEndDate: booth?.event?.endDate ?? null,
      timeZone: booth?.event?.timeZone ?? null,
      neededBy: booth?.neededBy ?? null,
      receivingWindow: booth?.receivingFrom && booth.receivingTo ? { from: booth.receivingFrom, to: booth.receivingTo } : null,
      proposerName: booth?.proposer?.name ?? '',
    },
    direction: shipment.direction,
    status: shipment.status,
    shipTo: shipment.shipTo,
    carrier: shipment.carrier,
    service: shipment.service,
    trackingNumber: shipment.trackingNumber,
    trackingUrl: trackingUrl(shipment.carrier, shipment.trackingNumber),
    cost: shipment.cost,
    currency: shipment.currency,
    ledgerEntryId: shipment.ledgerEntryId,
    note: shipment.note,
    closedReason: shipment.closedReason,
    lines: [...(shipment.lines ?? [])].sort((a, b) => a.id - b.id).map(presentLine),
    overdue: isOverdue(shipment, now),
    packedAt: shipment.packedAt?.toISOString() ?? null,
    shippedAt: shipment.shippedAt?.toISOString() ?? null,
    deliveredAt: shipment.deliveredAt?.toISOString() ?? null,
    version: shipment.version,
    createdAt: shipment.createdAt.toISOString(),
    updatedAt: shipment.updatedAt.toISOString(),
  };
}
