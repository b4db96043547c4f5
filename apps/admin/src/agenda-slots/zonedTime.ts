// Wall-clock times in the event's own zone. The admin has no date library, so these lean on Intl,
// which knows every IANA zone and its daylight-saving rules.
const pad = (value: number) => String(value).padStart(2, '0');

// How far the zone's clock is ahead of UTC at an instant, in milliseconds.
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

// "2027-05-12" + "10:30" on the clocks of `timeZone` → an ISO instant. A second pass settles the
// offset on days when the clocks change.
export function wallTimeToInstant(day: string, time: string, timeZone: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const naive = Date.UTC(year, month - 1, date, hour, minute);
  let instant = naive - zoneOffset(naive, timeZone);
  instant = naive - zoneOffset(instant, timeZone);
  return new Date(instant).toISOString();
}

// The calendar day of an instant in the zone, as YYYY-MM-DD (as the API checks it).
export function dayInZone(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

function timeInZone(instant: string, timeZone: string, locale: string): string {
  return new Date(instant).toLocaleTimeString(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
}

export function timeRangeInZone(startsAt: string, endsAt: string, timeZone: string, locale: string): string {
  return `${timeInZone(startsAt, timeZone, locale)}–${timeInZone(endsAt, timeZone, locale)}`;
}

// Every calendar day from the event's first to its last, inclusive.
export function eventDays(startDate: string, endDate: string): string[] {
  const days: string[] = [];
  const cursor = new Date(`${startDate}T00:00:00Z`);
  const last = new Date(`${endDate}T00:00:00Z`);
  while (cursor <= last && days.length < 366) {
    days.push(`${cursor.getUTCFullYear()}-${pad(cursor.getUTCMonth() + 1)}-${pad(cursor.getUTCDate())}`);
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}

// "Wednesday, 12 May": a calendar day needs no zone, so it is formatted as a UTC midnight.
export function dayHeading(day: string, locale: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
}
