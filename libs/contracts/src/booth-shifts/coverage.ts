import { z } from 'zod';
import { IsoDateSchema } from '../common/dates.js';

// Wall-clock time in the event's own time zone, 'HH:MM' (24 h).
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM (24 h)');

export const OpeningHoursSchema = z
  .object({ day: IsoDateSchema, opens: TimeOfDaySchema, closes: TimeOfDaySchema })
  .strict()
  .refine((hours) => hours.closes > hours.opens, { path: ['closes'], message: 'must be after the opening time' });
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;

export type StaffedSpan = { day: string; startTime: string; endTime: string };
export type CoverageGap = { day: string; from: string; to: string };

// Booths open 09:00–17:00 on every day of the event unless the proposal says otherwise.
export const DEFAULT_OPENS = '09:00';
export const DEFAULT_CLOSES = '17:00';

export function defaultOpeningHours(startDate: string, endDate: string): OpeningHours[] {
  const days: OpeningHours[] = [];
  for (let day = new Date(`${startDate}T00:00:00Z`); day <= new Date(`${endDate}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    days.push({ day: day.toISOString().slice(0, 10), opens: DEFAULT_OPENS, closes: DEFAULT_CLOSES });
  }
  return days;
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clock = (total: number) => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

// The stretches of opening hours that no shift covers, day by day, in order. Shifts outside the
// opening hours, overlapping one another or on other days are handled as you would expect.
export function coverageGaps(openingHours: readonly OpeningHours[], shifts: readonly StaffedSpan[]): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  const sortedDays = [...openingHours].sort((a, b) => (a.day + a.opens).localeCompare(b.day + b.opens));
  for (const hours of sortedDays) {
    const closes = minutes(hours.closes);
    let cursor = minutes(hours.opens);
    const spans = shifts
      .filter((shift) => shift.day === hours.day)
      .map((shift) => [minutes(shift.startTime), minutes(shift.endTime)] as const)
      .sort((a, b) => a[0] - b[0]);
    for (const [start, end] of spans) {
      if (cursor >= closes) break;
      if (start > cursor) gaps.push({ day: hours.day, from: clock(cursor), to: clock(Math.min(start, closes)) });
      cursor = Math.max(cursor, end);
    }
    if (cursor < closes) gaps.push({ day: hours.day, from: clock(cursor), to: clock(closes) });
  }
  return gaps;
}

// Minutes nobody staffs, to headline the rota ("3 h 30 min uncovered").
export const uncoveredMinutes = (gaps: readonly CoverageGap[]) => gaps.reduce((sum, gap) => sum + minutes(gap.to) - minutes(gap.from), 0);
