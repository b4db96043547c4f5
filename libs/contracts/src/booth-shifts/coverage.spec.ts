import { describe, expect, it } from 'vitest';
import { coverageGaps, defaultOpeningHours, uncoveredMinutes } from './coverage.js';

const friday = { day: '2027-06-11', opens: '09:00', closes: '17:00' };
const saturday = { day: '2027-06-12', opens: '10:00', closes: '16:00' };

describe('coverageGaps', () => {
  it('reports the whole day when nobody staffs it', () => {
    expect(coverageGaps([friday], [])).toEqual([{ day: '2027-06-11', from: '09:00', to: '17:00' }]);
  });

  it('finds the holes between shifts, before the first and after the last', () => {
    const shifts = [
      { day: '2027-06-11', startTime: '10:00', endTime: '12:00' },
      { day: '2027-06-11', startTime: '13:00', endTime: '15:30' },
    ];
    expect(coverageGaps([friday], shifts)).toEqual([
      { day: '2027-06-11', from: '09:00', to: '10:00' },
      { day: '2027-06-11', from: '12:00', to: '13:00' },
      { day: '2027-06-11', from: '15:30', to: '17:00' },
    ]);
  });

  it('treats overlapping and touching shifts as one staffed stretch', () => {
    const shifts = [
      { day: '2027-06-11', startTime: '09:00', endTime: '12:00' },
      { day: '2027-06-11', startTime: '11:00', endTime: '14:00' },
      { day: '2027-06-11', startTime: '14:00', endTime: '17:00' },
    ];
    expect(coverageGaps([friday], shifts)).toEqual([]);
  });

  it('ignores shifts on other days and the parts of shifts outside opening hours', () => {
    const shifts = [
      { day: '2027-06-11', startTime: '07:00', endTime: '10:00' },
      { day: '2027-06-11', startTime: '16:00', endTime: '20:00' },
      { day: '2027-06-13', startTime: '09:00', endTime: '17:00' },
    ];
    expect(coverageGaps([friday, saturday], shifts)).toEqual([
      { day: '2027-06-11', from: '10:00', to: '16:00' },
      { day: '2027-06-12', from: '10:00', to: '16:00' },
    ]);
  });

  it('orders gaps by day whatever order the opening hours come in', () => {
    expect(coverageGaps([saturday, friday], []).map((gap) => gap.day)).toEqual(['2027-06-11', '2027-06-12']);
  });

  it('totals the uncovered minutes', () => {
    const gaps = coverageGaps([friday], [{ day: '2027-06-11', startTime: '09:00', endTime: '15:30' }]);
    expect(uncoveredMinutes(gaps)).toBe(90);
  });
});

describe('defaultOpeningHours', () => {
  it('opens the booth 09:00–17:00 on every day of the event, across a month end', () => {
    expect(defaultOpeningHours('2027-06-30', '2027-07-01')).toEqual([
      { day: '2027-06-30', opens: '09:00', closes: '17:00' },
      { day: '2027-07-01', opens: '09:00', closes: '17:00' },
    ]);
  });
});
