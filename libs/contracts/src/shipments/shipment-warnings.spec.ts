import { describe, expect, it } from 'vitest';
import { isoWeek } from './shipment-warnings.js';

describe('isoWeek', () => {
  it('numbers weeks from the one holding the year’s first Thursday', () => {
    expect(isoWeek(new Date('2026-11-25T12:00:00Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2026-01-01T00:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01');
  });

  it('keeps Monday to Sunday in one week and moves on the next Monday', () => {
    expect(isoWeek(new Date('2026-11-23T00:00:00Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2026-11-29T23:59:59Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2026-11-30T00:00:00Z'))).toBe('2026-W49');
  });
});
