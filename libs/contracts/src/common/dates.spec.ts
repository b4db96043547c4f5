import { describe, expect, it } from 'vitest';
import { budgetYear } from '../budgets/money.js';
import { dayIn, todayIn } from './dates.js';

describe('todayIn', () => {
  it('takes today in the event’s zone, not the UTC date', () => {
    const lateEvening = new Date('2027-03-05T06:30:00Z');
    expect(todayIn('America/Los_Angeles', lateEvening)).toBe('2027-03-04');
    expect(todayIn('Asia/Seoul', lateEvening)).toBe('2027-03-05');
    expect(todayIn('UTC', lateEvening)).toBe('2027-03-05');
  });

  it('follows daylight-saving changes', () => {
    // 23:30 local on the day Berlin springs forward is still that day.
    expect(dayIn(new Date('2027-03-28T21:30:00Z'), 'Europe/Berlin')).toBe('2027-03-28');
  });
});

describe('budgetYear', () => {
  it('is the year of the local day the money is about', () => {
    expect(budgetYear(dayIn(new Date('2027-01-01T03:00:00Z'), 'America/Los_Angeles'))).toBe(2026);
    expect(budgetYear('2027-03-05')).toBe(2027);
  });
});
