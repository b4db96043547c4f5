import type { RaRecord } from 'react-admin';
import { toMinor } from '../booth-proposals/money';

type LineRow = {
  kind?: 'item' | 'banner';
  itemId?: number | null;
  quantity?: number | null;
  bannerId?: number | null;
  condition?: string | null;
};

// A row is a banner line when it says so, or (coming from the API) when it names a banner.
export const lineKind = (row: LineRow | undefined): 'item' | 'banner' => row?.kind ?? (row?.bannerId ? 'banner' : 'item');

// The form keeps money in major units and rows with a kind; the API takes minor units and either
// { itemId, quantity } or { bannerId, condition }. An empty address means the booth's own.
export function toShipmentBody(data: RaRecord): RaRecord {
  const currency = data.currency || 'USD';
  const shipTo =
    data.shipTo && Object.values(data.shipTo).some((value) => value !== null && value !== undefined && value !== '') ? data.shipTo : null;
  const lines = ((data.lines ?? []) as LineRow[]).map((row) =>
    lineKind(row) === 'banner'
      ? { bannerId: row.bannerId, condition: row.condition?.trim() || null }
      : { itemId: row.itemId, quantity: row.quantity },
  );
  const costMajor = data.costMajor;
  const cost = costMajor === undefined ? data.cost : toMinor(costMajor, currency);
  const { costMajor: _dropped, ...rest } = data;
  return { ...rest, shipTo, lines, cost: cost ?? null, currency: cost === null || cost === undefined ? (data.currency ?? null) : currency };
}
