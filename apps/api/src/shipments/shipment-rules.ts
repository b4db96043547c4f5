import {
  isCarrier,
  normalizeTrackingNumber,
  ShipmentErrorCodes,
  ShipToSchema,
  Carriers,
  type Carrier,
  type ShipTo,
} from '@summitdesk/contracts';
import { unprocessable } from '../common/app-error.js';
import { checkAmount } from '../common/money.js';

// Carrier and tracking number as given, checked per carrier; 422 names the field that is wrong.
export function checkTracking(
  carrier: string | null | undefined,
  trackingNumber: string | null | undefined,
  required: boolean,
): { carrier: Carrier | null; trackingNumber: string | null } {
  if (!carrier && !trackingNumber && !required) return { carrier: null, trackingNumber: null };
  if (!carrier) throw unprocessable(ShipmentErrorCodes.UNKNOWN_CARRIER, 'Say which carrier takes the parcel', { carrier: 'is required' });
  if (!isCarrier(carrier)) {
    throw unprocessable(ShipmentErrorCodes.UNKNOWN_CARRIER, `"${carrier}" is not a carrier we know; choose ${Carriers.join(', ')}`, {
      carrier: `must be one of ${Carriers.join(', ')}`,
    });
  }
  if (!trackingNumber) {
    if (required)
      throw unprocessable(ShipmentErrorCodes.BAD_TRACKING_NUMBER, 'A shipped parcel needs its tracking number', {
        trackingNumber: 'is required',
      });
    return { carrier, trackingNumber: null };
  }
  const check = normalizeTrackingNumber(carrier, trackingNumber);
  if (!check.ok)
    throw unprocessable(ShipmentErrorCodes.BAD_TRACKING_NUMBER, `The tracking number ${check.message}`, { trackingNumber: check.message });
  return { carrier, trackingNumber: check.value };
}

// Cost in minor units of its currency; the booth's currency when none is named.
export function checkCost(
  cost: number | null | undefined,
  currency: string | null | undefined,
  fallbackCurrency: string,
): { cost: number | null; currency: string | null } {
  if (cost === null || cost === undefined) return { cost: null, currency: currency ?? null };
  checkAmount(cost, 'cost', ShipmentErrorCodes.BAD_COST, { label: 'The cost' });
  return { cost, currency: currency ?? fallbackCurrency };
}

// The ship-to address, defaulting to the booth's for outbound parcels; checked like a new one.
export function checkShipTo(shipTo: ShipTo | null | undefined, fallback: unknown): ShipTo {
  const address = shipTo ?? fallback;
  if (!address) throw unprocessable(ShipmentErrorCodes.NO_ADDRESS, 'Say where the parcel goes', { shipTo: 'is required' });
  const parsed = ShipToSchema.safeParse(address);
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((issue) => [['shipTo', ...issue.path].join('.'), issue.message]));
    throw unprocessable(ShipmentErrorCodes.NO_ADDRESS, 'The ship-to address is not complete', errors);
  }
  return parsed.data;
}
