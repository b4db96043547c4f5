import { formatMoney, type Shipment } from '@summitdesk/contracts';

const escape = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export type BoothContact = { name: string; email: string };

// A print-styled page per parcel: lines to tick off, the address block and whom to call at the booth.
// Everything from records is escaped; the page loads nothing from elsewhere.
export function renderPackingSlip(shipment: Shipment, contact: BoothContact, printedAt = new Date()): string {
  const to = shipment.shipTo;
  const address = to
    ? [to.name, to.line1, to.line2, [to.postalCode, to.city].filter(Boolean).join(' '), to.region, to.country]
        .filter(Boolean)
        .map(escape)
        .join('<br>')
    : 'No address yet';
  const rows = shipment.lines
    .map((line) =>
      'itemId' in line
        ? `<tr><td>${escape(line.sku)}</td><td>${escape(line.name)}</td>` +
          `<td class="qty">${line.quantity} ${escape(line.unit)}</td><td class="tick">☐</td></tr>`
        : `<tr><td>${escape(line.tag)}</td><td>Banner: ${escape(line.description)}` +
          `${line.condition ? ` <em>(${escape(line.condition)})</em>` : ''}</td><td class="qty">1</td><td class="tick">☐</td></tr>`,
    )
    .join('\n');
  const window = shipment.booth.receivingWindow
    ? `${escape(shipment.booth.receivingWindow.from)} to ${escape(shipment.booth.receivingWindow.to)}`
    : 'not given';
  const carrier = shipment.carrier
    ? `${escape(shipment.carrier)}${shipment.service ? ` ${escape(shipment.service)}` : ''}` +
      `${shipment.trackingNumber ? ` · ${escape(shipment.trackingNumber)}` : ''}`
    : 'not chosen yet';
  const cost = shipment.cost !== null && shipment.currency ? `<br>Cost: ${escape(formatMoney(shipment.cost, shipment.currency))}` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Packing slip · shipment #${shipment.id}</title>
<style>
  @page { size: A4; margin: 15mm; }
  body { font: 11pt/1.4 system-ui, sans-serif; color: #111; max-width: 180mm; margin: 0 auto; }
  h1 { font-size: 18pt; margin: 0 0 4mm; }
  .meta, .blocks { display: flex; gap: 10mm; margin-bottom: 6mm; }
  .blocks > section { flex: 1; border: 1px solid #999; padding: 3mm 4mm; }
  h2 { font-size: 10pt; text-transform: uppercase; letter-spacing: .05em; margin: 0 0 2mm; color: #444; }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: left; border-bottom: 1px solid #ccc; padding: 2mm 1mm; vertical-align: top; }
  .qty { white-space: nowrap; } .tick { width: 8mm; text-align: center; font-size: 14pt; }
  footer { margin-top: 10mm; font-size: 9pt; color: #555; }
  @media print { button { display: none; } }
</style>
</head>
<body>
<button onclick="window.print()">Print</button>
<h1>Packing slip · shipment #${shipment.id}</h1>
<div class="meta">
  <div><strong>Event:</strong> ${escape(shipment.booth.eventName ?? '—')}</div>
  <div><strong>Direction:</strong> ${escape(shipment.direction)}</div>
  <div><strong>Status:</strong> ${escape(shipment.status)}</div>
</div>
<div class="blocks">
  <section><h2>Ship to</h2>${address}${to?.phone ? `<br>☎ ${escape(to.phone)}` : ''}</section>
  <section><h2>Booth contact</h2>${escape(contact.name)}<br>${escape(contact.email)}
    <h2 style="margin-top:3mm">Receiving window</h2>${window}
    <h2 style="margin-top:3mm">Needed by</h2>${escape(shipment.booth.neededBy ?? 'not given')}</section>
  <section><h2>Carrier</h2>${carrier}${cost}</section>
</div>
<table>
  <thead><tr><th>SKU / tag</th><th>What</th><th>Quantity</th><th>Packed</th></tr></thead>
  <tbody>
${rows}
  </tbody>
</table>
${shipment.note ? `<p><strong>Note:</strong> ${escape(shipment.note)}</p>` : ''}
<footer>Printed ${escape(printedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC · Summitdesk</footer>
</body>
</html>`;
}
