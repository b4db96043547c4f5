import { describe, expect, it } from 'vitest';
import { CreateContestEntrySchema } from './contest-entry.schema.js';
import { CreateContestSchema } from './contest.schema.js';

const mascot = {
  title: 'Community mascot',
  prize: 10_000,
  currency: 'USD',
  license: 'CC BY 4.0',
  entriesOpenAt: '2027-03-01T00:00:00Z',
  entriesCloseAt: '2027-03-15T00:00:00Z',
  votingOpensAt: '2027-03-15T00:00:00Z',
  votingClosesAt: '2027-03-31T00:00:00Z',
};

const fieldErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')).sort();

describe('CreateContestSchema', () => {
  it('accepts a contest whose voting starts as entries close, defaulting rules and zone', () => {
    expect(CreateContestSchema.parse(mascot)).toMatchObject({ rules: '', timeZone: 'UTC', prize: 10_000 });
  });

  it('names each window that is out of order', () => {
    const result = CreateContestSchema.safeParse({
      ...mascot,
      entriesCloseAt: '2027-02-01T00:00:00Z',
      votingClosesAt: '2027-03-01T00:00:00Z',
    });
    expect(fieldErrors(result)).toEqual(['entriesCloseAt', 'votingClosesAt']);
  });

  it('refuses a made-up currency and instants without an offset, and leaves the prize amount to the money check', () => {
    const result = CreateContestSchema.safeParse({ ...mascot, prize: 99.5, currency: 'XYZ', votingOpensAt: '2027-03-15 10:00' });
    expect(fieldErrors(result)).toEqual(['currency', 'votingOpensAt']);
  });
});

describe('CreateContestEntrySchema', () => {
  it('refuses an entry whose author has not accepted the artwork licence', () => {
    const result = CreateContestEntrySchema.safeParse({ contestId: 1, title: 'Tux', description: 'A penguin', licenseAccepted: false });
    expect(fieldErrors(result)).toEqual(['licenseAccepted']);
  });
});
