import { formatMoney } from '@summitdesk/contracts';

// Fields the API records in minor units. An audit row keeps the raw integers; people read money.
const moneyFields = new Set([
  'amount',
  'feeRequested',
  'feeApproved',
  'cost',
  'price',
  'prize',
  'amountRefunded',
  'refundPending',
  'sponsorshipGoal',
]);

export const isMoneyField = (field: string) => moneyFields.has(field);

type RecordLike = Record<string, unknown> | undefined;

// Which currency an amount in a change is in: the row's own currency change first, then the
// record's. An approved fee is in the budget's currency, the asked one in the proposal's.
export function currencyOf(
  field: string,
  side: 'from' | 'to',
  changes: Record<string, { from: unknown; to: unknown }>,
  record: RecordLike,
) {
  const changed = changes.currency?.[side] ?? changes.currency?.to;
  if (typeof changed === 'string' && changed) return changed;
  if (field === 'feeApproved' && side === 'to' && typeof record?.approvedCurrency === 'string') return record.approvedCurrency;
  return typeof record?.currency === 'string' ? record.currency : undefined;
}

export function formatAmount(value: unknown, currency: string | undefined, locale: string): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (currency) {
    try {
      return formatMoney(value, currency, locale);
    } catch {
      // an unknown currency code falls through to the plain number
    }
  }
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value / 100);
}

type MaterialLine = { itemId: number; quantity: number | null | undefined };

const asMaterialLines = (value: unknown): MaterialLine[] | undefined =>
  Array.isArray(value) && value.every((line) => line && typeof line === 'object' && typeof (line as MaterialLine).itemId === 'number')
    ? (value as MaterialLine[])
    : undefined;

// Shipment lines are recorded as "item:3x200" and "banner:5".
const parseShipmentLine = (value: unknown): { itemId?: number; quantity?: number; bannerId?: number } | undefined => {
  if (typeof value !== 'string') return undefined;
  const item = /^item:(\d+)x(\d+)$/.exec(value);
  if (item) return { itemId: Number(item[1]), quantity: Number(item[2]) };
  const banner = /^banner:(\d+)$/.exec(value);
  return banner ? { bannerId: Number(banner[1]) } : undefined;
};

const asShipmentLines = (value: unknown) => {
  if (!Array.isArray(value)) return undefined;
  const lines = value.map(parseShipmentLine);
  return lines.every(Boolean) ? (lines as { itemId?: number; quantity?: number; bannerId?: number }[]) : undefined;
};

// The inventory items and banners a page of audit rows names, so they can be fetched once by id.
export function referencedIds(changesList: (Record<string, { from: unknown; to: unknown }> | null)[]) {
  const items = new Set<number>();
  const banners = new Set<number>();
  for (const changes of changesList) {
    for (const side of ['from', 'to'] as const) {
      for (const line of asMaterialLines(changes?.materials?.[side]) ?? []) items.add(line.itemId);
      for (const line of asShipmentLines(changes?.lines?.[side]) ?? []) {
        if (line.itemId) items.add(line.itemId);
        if (line.bannerId) banners.add(line.bannerId);
      }
    }
  }
  return { itemIds: [...items], bannerIds: [...banners] };
}

export type LineWords = {
  itemName: (id: number) => string;
  bannerTag: (id: number) => string;
  of: (values: { name: string; to: number; from: number }) => string;
  added: (values: { line: string }) => string;
  removed: (values: { name: string }) => string;
};

// "Xen stickers 150 of 200, T-shirts 10, Lanyards (removed)": what was asked against what is now.
export function describeMaterials(from: unknown, to: unknown, words: LineWords): string | undefined {
  const before = from == null ? [] : asMaterialLines(from);
  const after = to == null ? [] : asMaterialLines(to);
  if (!before || !after) return undefined;
  const asked = new Map(before.map((line) => [line.itemId, line.quantity ?? 0]));
  const parts = after.map((line) => {
    const name = words.itemName(line.itemId);
    const quantity = line.quantity ?? 0;
    const was = asked.get(line.itemId);
    if (was === undefined) return from == null ? `${name} ${quantity}` : words.added({ line: `${name} ${quantity}` });
    return was === quantity ? `${name} ${quantity}` : words.of({ name, to: quantity, from: was });
  });
  const kept = new Set(after.map((line) => line.itemId));
  for (const line of before) if (!kept.has(line.itemId)) parts.push(words.removed({ name: words.itemName(line.itemId) }));
  return parts.join(', ');
}

// A parcel's lines as "Xen stickers × 200, banner XEN-01".
export function describeShipmentLines(value: unknown, words: Pick<LineWords, 'itemName' | 'bannerTag'>): string | undefined {
  if (value == null) return undefined;
  const lines = asShipmentLines(value);
  if (!lines) return undefined;
  return lines
    .map((line) => (line.bannerId ? words.bannerTag(line.bannerId) : `${words.itemName(line.itemId!)} × ${line.quantity}`))
    .join(', ');
}
