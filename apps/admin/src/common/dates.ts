// Event dates are calendar dates in the event's own zone: format them as UTC midnights so the
// viewer's zone never shifts a day, and name the event's zone beside them.
const asUtcDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export function formatDateRange(startDate: string, endDate: string | null | undefined, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const start = asUtcDate(startDate);
  if (Number.isNaN(start.getTime())) return startDate;
  if (!endDate || endDate === startDate) return format.format(start);
  const end = asUtcDate(endDate);
  if (Number.isNaN(end.getTime())) return format.format(start);
  return format.formatRange(start, end);
}

// "Europe/Berlin (Central European Time)"; the generic name is left out where Intl has none.
export function describeTimeZone(timeZone: string, locale: string, onDate?: string): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(
      onDate ? asUtcDate(onDate) : new Date(),
    );
    const name = parts.find((part) => part.type === 'timeZoneName')?.value;
    const readable = timeZone.replace(/_/g, ' ');
    return name && name !== timeZone && !name.startsWith('GMT') ? `${readable} (${name})` : readable;
  } catch {
    return timeZone;
  }
}

// "2026-11-25 14:02" in the viewer's zone: unambiguous in every language.
export function formatInstant(instant: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

export function monthHeading(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(asUtcDate(isoDate));
}

// Today's date in the viewer's zone as YYYY-MM-DD, for "upcoming" and "past" filters.
export function todayIso(now = new Date()): string {
  return toIsoDate(now);
}

export function daysFromToday(days: number, now = new Date()): string {
  const date = new Date(now);
  date.setDate(date.getDate() + days);
  return toIsoDate(date);
}

function toIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let zones: string[] | undefined;
export function allTimeZones(): string[] {
  if (!zones) {
    const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    zones = supported.includes('UTC') ? supported : [...supported, 'UTC'];
  }
  return zones;
}

const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

// "21 Dec 2026, 23:59" in a zone, in the reader's language, without seconds.
export function formatInZone(instant: string, timeZone: string, locale: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }
}

// A deadline as announced ("21 Dec 2026, 23:59 America/Los_Angeles") and, where the reader lives
// elsewhere and the clock reads differently there, the reader's own time beside it.
export function describeZonedInstant(
  instant: string,
  timeZone: string,
  locale: string,
  viewerZone: string = readerZone(),
): { announced: string; local?: string } {
  const announced = `${formatInZone(instant, timeZone, locale)} ${timeZone.replace(/_/g, ' ')}`;
  if (!viewerZone || viewerZone === timeZone) return { announced };
  const local = formatInZone(instant, viewerZone, locale);
  return local === formatInZone(instant, timeZone, locale) ? { announced } : { announced, local };
}

// Tracks, topics and other short lists as the reader's language writes them: "Core, Security and Tools".
export function formatList(values: readonly string[] | null | undefined, locale: string): string {
  if (!values?.length) return '';
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(values);
  } catch {
    return values.join(', ');
  }
}

// react-admin's DateField with showTime prints seconds; people read minutes.
export const dateTimeOptions: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

// "5 minutes ago", "gestern": how long since something happened, in the reader's language.
export function formatTimeAgo(instant: string, locale: string, now = new Date()): string {
  const then = new Date(instant).getTime();
  if (Number.isNaN(then)) return instant;
  const seconds = Math.round((then - now.getTime()) / 1000);
  const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['second', 60],
    ['minute', 60],
    ['hour', 24],
    ['day', 7],
    ['week', 4.35],
    ['month', 12],
    ['year', Infinity],
  ];
  let value = seconds;
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.round(value), unit);
    value /= size;
  }
  return formatInstant(instant, locale);
}
