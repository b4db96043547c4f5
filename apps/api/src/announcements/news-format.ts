import { tz } from '@date-fns/tz';
import type { NewsLanguage } from '@summitdesk/contracts';
import { format } from 'date-fns';
import { de, enUS } from 'date-fns/locale';

const locales = { en: enUS, de } as const;

// A deadline as people at the venue read it, with the zone named: "Mon 1 Mar 2027, 23:59 (America/Los_Angeles)".
export function formatInZone(instant: Date, timeZone: string, language: NewsLanguage = 'en'): string {
  const pattern = language === 'de' ? 'EEEEEE, d. MMMM yyyy, HH:mm' : 'EEE d MMM yyyy, HH:mm';
  return `${format(instant, pattern, { in: tz(timeZone), locale: locales[language] })} (${timeZone})`;
}

// An event's calendar days: "19–21 Feb 2027" / "19.–21. Feb. 2027".
export function formatDays(startDate: string, endDate: string, language: NewsLanguage = 'en'): string {
  const utc = { in: tz('UTC'), locale: locales[language] };
  const start = new Date(`${startDate}T12:00:00Z`);
  const end = new Date(`${endDate}T12:00:00Z`);
  const full = language === 'de' ? 'd. MMM yyyy' : 'd MMM yyyy';
  if (startDate === endDate) return format(start, full, utc);
  const sameMonth = startDate.slice(0, 7) === endDate.slice(0, 7);
  const head = sameMonth ? (language === 'de' ? 'd.' : 'd') : language === 'de' ? 'd. MMM' : 'd MMM';
  return `${format(start, head, utc)}–${format(end, full, utc)}`;
}

export const formatHours = (minutes: number) =>
  minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
