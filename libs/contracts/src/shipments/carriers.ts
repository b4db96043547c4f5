export const Carriers = ['UPS', 'FedEx', 'DHL', 'USPS', 'other'] as const;
export type Carrier = (typeof Carriers)[number];

export const isCarrier = (value: unknown): value is Carrier => typeof value === 'string' && (Carriers as readonly string[]).includes(value);

// Each carrier's numbering, by format only (no check digits): a typo is caught, a real number is never refused.
const formats: Record<Carrier, { patterns: RegExp[]; describe: string }> = {
  UPS: { patterns: [/^1Z[0-9A-Z]{16}$/], describe: '1Z followed by 16 letters or digits' },
  FedEx: { patterns: [/^(\d{12}|\d{15}|\d{20}|\d{22})$/], describe: '12, 15, 20 or 22 digits' },
  USPS: { patterns: [/^\d{20,22}$/, /^[A-Z]{2}\d{9}[A-Z]{2}$/], describe: '20 to 22 digits, or 13 characters such as EA123456789US' },
  DHL: { patterns: [/^\d{10}$/, /^JD\d{18}$/], describe: '10 digits, or JD followed by 18 digits' },
  other: {
    patterns: [/^[A-Za-z0-9][A-Za-z0-9._\-/]{2,38}[A-Za-z0-9]$/],
    describe: '4 to 40 letters, digits, dots, dashes, slashes or underscores',
  },
};

export type TrackingCheck = { ok: true; value: string } | { ok: false; message: string };

// Spaces people copy from labels are dropped; the big carriers' numbers are upper case.
export function normalizeTrackingNumber(carrier: Carrier, raw: string): TrackingCheck {
  const compact = raw.replace(/\s+/g, '');
  const value = carrier === 'other' ? compact : compact.toUpperCase();
  const format = formats[carrier];
  if (format.patterns.some((pattern) => pattern.test(value))) return { ok: true, value };
  return { ok: false, message: `is not a ${carrier === 'other' ? 'usable' : carrier} tracking number (expected ${format.describe})` };
}

const trackingPages: Record<Exclude<Carrier, 'other'>, string> = {
  UPS: 'https://www.ups.com/track?loc=en_US&tracknum=',
  FedEx: 'https://www.fedex.com/fedextrack/?trknbr=',
  DHL: 'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=',
  USPS: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=',
};

// The carrier's public tracking page; an unnamed carrier has none we can link to.
export function trackingUrl(carrier: Carrier | null, trackingNumber: string | null): string | null {
  if (!carrier || !trackingNumber || carrier === 'other') return null;
  return `${trackingPages[carrier]}${encodeURIComponent(trackingNumber)}`;
}
