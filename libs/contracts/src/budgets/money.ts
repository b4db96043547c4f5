import { z } from 'zod';

// Money is an integer count of the currency's minor unit (cents for USD, yen for JPY): never a float.
// Currency codes, exponents and formatting live in common/money.ts.
export const MinorUnitsSchema = z
  .number({ error: 'must be a whole number of minor units (cents)' })
  .int('must be a whole number of minor units (cents), not a fraction')
  .nonnegative('must not be negative')
  .max(1_000_000_000_000, 'is too large');
