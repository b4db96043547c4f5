import type { Shipment } from '@summitdesk/contracts';
import { csvExporter } from '../common/csvExport';

// One row per parcel, with its contents in words, for spreadsheets.
export const shipmentExporter = csvExporter<Shipment>(
  (shipment) => ({
    id: shipment.id,
    event: shipment.booth.eventName,
    direction: shipment.direction,
    status: shipment.status,
    overdue: shipment.overdue,
    carrier: shipment.carrier,
    trackingNumber: shipment.trackingNumber,
    trackingUrl: shipment.trackingUrl,
    cost: shipment.cost,
    currency: shipment.currency,
    contents: shipment.lines.map((line) => ('itemId' in line ? `${line.quantity} ${line.sku}` : line.tag)).join('; '),
    shippedAt: shipment.shippedAt,
    deliveredAt: shipment.deliveredAt,
  }),
  'shipments',
);
