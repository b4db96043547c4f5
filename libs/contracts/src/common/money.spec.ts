import { describe, expect, it } from 'vitest';
import { convertMinorUnits, rateAsDecimal } from './money.js';

describe('convertMinorUnits', () => {
  it('converts euros to dollars at the recorded rate', () => {
    expect(convertMinorUnits(50_000, 'EUR', 'USD', '1.0832')).toBe(54_160);
  });

  it('handles currencies with different minor units (yen have none)', () => {
    expect(convertMinorUnits(50_000, 'JPY', 'USD', '0.0067')).toBe(33_500);
    expect(convertMinorUnits(10_000, 'USD', 'JPY', '151.37')).toBe(15_137);
  });

  it('rounds half to even at the target minor unit', () => {
    expect(convertMinorUnits(1, 'EUR', 'USD', '2.5')).toBe(2);
    expect(convertMinorUnits(3, 'EUR', 'USD', '0.5')).toBe(2);
  });
});

describe('rateAsDecimal', () => {
  it('writes the rate without float noise or exponent', () => {
    expect(rateAsDecimal(1.0832)).toBe('1.0832');
    expect(rateAsDecimal(0.0000001)).toBe('0.0000001');
    expect(rateAsDecimal(2)).toBe('2');
  });
});
