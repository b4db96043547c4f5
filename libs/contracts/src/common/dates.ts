import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { z } from 'zod';

// A real calendar date: `2027-02-30` has the right shape but no day, so round-trip it through Date.
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'is not a real calendar date');

let knownZones: Set<string> | undefined;

// Canonical IANA names only ("America/Los_Angeles", "UTC"): abbreviations like "PST" are ambiguous.
export function isValidTimeZone(zone: string): boolean {
  knownZones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return knownZones.has(zone);
}

export const TimeZoneSchema = z.string().refine(isValidTimeZone, 'must be an IANA time zone such as America/Los_Angeles');

export const InstantSchema = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 instant with offset' });

// The calendar day an instant falls on in a zone, as YYYY-MM-DD (zone arithmetic by date-fns, never by hand).
export const dayIn = (instant: Date, timeZone: string): string => format(instant, 'yyyy-MM-dd', { in: tz(timeZone) });

// "Today" where the event happens. Event dates are the venue's calendar days, so they are compared
// with this, never with the UTC date (which is already tomorrow in Seoul and still yesterday in LA).
export const todayIn = (timeZone: string, now: Date = new Date()): string => dayIn(now, timeZone);
