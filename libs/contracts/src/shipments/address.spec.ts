import { describe, expect, it } from 'vitest';
import { postalCodeProblem, ShipToSchema } from './address.js';

const scale = {
  name: 'SCALE booth 42',
  line1: 'Pasadena Convention Center',
  line2: '300 E Green St',
  city: 'Pasadena',
  region: 'CA',
  postalCode: '91101',
  country: 'US',
};

describe('ShipToSchema', () => {
  it('accepts a full address', () => {
    expect(ShipToSchema.safeParse({ ...scale, phone: '+1 626 555 0100' }).success).toBe(true);
  });

  it('names the postal code when it does not fit the country', () => {
    const result = ShipToSchema.safeParse({ ...scale, postalCode: '9110' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['postalCode']);
  });

  it('refuses unknown fields, a missing street and a lower-case country', () => {
    const result = ShipToSchema.safeParse({ ...scale, line1: ' ', country: 'us', colour: 'red' });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.') || 'keys').sort();
    expect(paths).toEqual(expect.arrayContaining(['country', 'line1']));
  });
});

describe('postalCodeProblem', () => {
  it('checks the shape in countries it knows and requires a code there', () => {
    expect(postalCodeProblem('US', '91101-1234')).toBeNull();
    expect(postalCodeProblem('DE', '10115')).toBeNull();
    expect(postalCodeProblem('GB', 'sw1a 1aa')).toBeNull();
    expect(postalCodeProblem('CA', 'K1A0B1')).toBeNull();
    expect(postalCodeProblem('DE', '1011')).toMatch(/not a postal code/);
    expect(postalCodeProblem('US', null)).toMatch(/required/);
  });

  it('takes any code, or none, where it knows no shape', () => {
    expect(postalCodeProblem('IE', null)).toBeNull();
    expect(postalCodeProblem('HK', 'anything')).toBeNull();
  });
});
