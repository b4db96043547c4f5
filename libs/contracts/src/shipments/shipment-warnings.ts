// The calendar-driven warnings of issue 4: each is true or not on a given day, whatever the records did.
export const ShipmentWarningKinds = ['nothing_dispatched', 'delivered_outside_window', 'banner_not_back'] as const;
export type ShipmentWarningKind = (typeof ShipmentWarningKinds)[number];

// An event this close with nothing on the road needs the organizer now.
export const DISPATCH_WARNING_DAYS = 10;
// Banners should be home three weeks after the event ends.
export const BANNER_RETURN_DAYS = 21;

export type ShipmentWarning = {
  kind: ShipmentWarningKind;
  // Stable per subject, so the same warning is recognised from one day to the next.
  key: string;
  boothProposalId: number;
  shipmentId: number | null;
  bannerId: number | null;
  eventName: string;
  message: string;
};

export type ShipmentDashboard = {
  inFlight: number;
  overdue: number;
  bannersOut: number;
  warnings: number;
};

// ISO 8601 week of a day as `2026-W48`: warnings repeat at most once per week while still true.
export function isoWeek(day: Date): string {
  const date = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  const weekday = date.getUTCDay() || 7;
  // The Thursday of the same week decides the week's year.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
