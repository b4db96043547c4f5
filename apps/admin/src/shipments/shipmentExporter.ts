import { downloadCSV, type Exporter } from 'react-admin';
import type { Shipment } from '@summitdesk/contracts';

const cell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

// One row per parcel, with its contents in words, for spreadsheets.
export const shipmentExporter: Exporter<Shipment> = (shipments) => {
  const header = ['id', 'event', 'direction', 'status', 'overdue', 'carrier', 'trackingNumber', 'trackingUrl', 'cost', 'currency', 'contents', 'shippedAt', 'deliveredAt'];
  const rows = shipments.map((shipment) => [
    shipment.id,
    shipment.booth.eventName,
    shipment.direction,
    shipment.status,
    shipment.overdue,
    shipment.carrier,
    shipment.trackingNumber,
    shipment.trackingUrl,
    shipment.cost,
    shipment.currency,
    shipment.lines.map((line) => ('itemId' in line ? `${line.quantity} ${line.sku}` : line.tag)).join('; '),
    shipment.shippedAt,
    shipment.deliveredAt,
  ]);
  downloadCSV([header, ...rows].map((row) => row.map(cell).join(',')).join('\n'), 'shipments');
};
