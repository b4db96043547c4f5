import { describe, expect, it } from 'vitest';
import { CreateEventSchema } from './event.schema.js';

const valid = { name: 'SCALE 2027', kind: 'conference', startDate: '2027-02-19', endDate: '2027-02-21', timeZone: 'America/Los_Angeles' };

const fieldErrors = (input: unknown) => {
  const result = CreateEventSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join() : ''));
};

describe('CreateEventSchema', () => {
  it('accepts a well-formed event', () => {
    expect(CreateEventSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses an end date before the start date', () => {
    expect(fieldErrors({ ...valid, endDate: '2027-02-18' })).toEqual(['endDate']);
  });

  it('accepts a one-day event', () => {
    expect(CreateEventSchema.safeParse({ ...valid, endDate: valid.startDate }).success).toBe(true);
  });

  it('refuses dates that do not exist', () => {
    expect(fieldErrors({ ...valid, startDate: '2027-02-30', endDate: '2027-03-01' })).toEqual(['startDate']);
  });

  it('refuses a time zone that is not IANA', () => {
    expect(fieldErrors({ ...valid, timeZone: 'Mars/Olympus_Mons' })).toEqual(['timeZone']);
    expect(fieldErrors({ ...valid, timeZone: 'PST' })).toEqual(['timeZone']);
  });

  it('refuses unknown fields', () => {
    expect(fieldErrors({ ...valid, budget: 1 })).toEqual(['budget']);
  });

  it('refuses a lowercase or three-letter country', () => {
    expect(fieldErrors({ ...valid, country: 'usa' })).toEqual(['country']);
  });
});
