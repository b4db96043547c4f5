import { tz } from '@date-fns/tz';
import { getISOWeek, getISOWeeksInYear, getISOWeekYear, startOfISOWeek } from 'date-fns';
import { z } from 'zod';

const utc = tz('UTC');
const WEEK = /^(\d{4})-W(\d{2})$/;

// An ISO 8601 week as `2027-W07`; the week must exist in its year (2026 has a W53, 2027 has not).
export const IsoWeekSchema = z
  .string()
  .regex(WEEK, 'must be an ISO week such as 2027-W07')
  .refine((value) => {
    const match = WEEK.exec(value);
    if (!match) return true;
    const [, year, week] = match;
    return Number(week) >= 1 && Number(week) <= getISOWeeksInYear(new Date(Date.UTC(Number(year), 6, 1)), { in: utc });
  }, 'is not a week of that year');

// Monday 00:00 UTC of the week, and the Monday after (the week is [from, to)).
export function isoWeekRange(week: string): { from: Date; to: Date } {
  const match = WEEK.exec(week);
  if (!match) throw new Error(`not an ISO week: ${week}`);
  const [, year, number] = match;
  // 4 January is always in week 1.
  const weekOne = startOfISOWeek(new Date(Date.UTC(Number(year), 0, 4)), { in: utc });
  const from = new Date(weekOne.getTime() + (Number(number) - 1) * 7 * 86_400_000);
  return { from, to: new Date(from.getTime() + 7 * 86_400_000) };
}

// The ISO week an instant falls in (in UTC), as `2027-W07`.
export function isoWeekOf(instant: Date): string {
  const year = getISOWeekYear(instant, { in: utc });
  return `${year}-W${String(getISOWeek(instant, { in: utc })).padStart(2, '0')}`;
}

// The week after the one an instant falls in: the issue an organizer prepares.
export const nextIsoWeek = (instant: Date = new Date()): string => isoWeekOf(new Date(instant.getTime() + 7 * 86_400_000));

// "Vol 1 No 7": the volume counts the years since the first issue, the number is the week.
export function digestIssue(week: string, firstYear: number): { volume: number; number: number; label: string } {
  const [, year, number] = WEEK.exec(week)!;
  const volume = Number(year) - firstYear + 1;
  return { volume, number: Number(number), label: `Vol ${volume} No ${Number(number)}` };
}
