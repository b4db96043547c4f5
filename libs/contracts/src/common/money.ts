import { convert, dinero, halfEven, toSnapshot, transformScale, type DineroCurrency } from 'dinero.js';
import { z } from 'zod';
import { currencyExponent } from './money-format.js';

let knownCurrencies: Set<string> | undefined;

// ISO 4217 codes as the runtime knows them (Node and every current browser ship the list).
export function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as USD or EUR')
  .refine(isKnownCurrency, 'is not an ISO 4217 currency');

// The money path, one for every feature: an amount is an integer count of the currency's minor unit
// (cents for USD, none for JPY), never a float. The schema takes any number so that the API answers a
// negative or fractional amount with 422 (a broken money rule, not a malformed request);
// `minorUnitsProblem` is that rule, and services answer it with their feature's BAD_AMOUNT code.
export const AmountSchema = z.number().finite().max(Number.MAX_SAFE_INTEGER);

export const MAX_MINOR_UNITS = 1_000_000_000_000;

export function minorUnitsProblem(value: number | null | undefined, options: { positive?: boolean } = {}): string | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value)) return 'must be a whole number of minor units (cents), not a fraction';
  if (value < 0) return 'must not be negative';
  if (options.positive && value === 0) return 'must be more than zero';
  if (value > MAX_MINOR_UNITS) return 'is too large';
  return null;
}

export { currencyExponent, formatMoney } from './money-format.js';

// Arithmetic on amounts goes through dinero.js (exact integers, explicit rounding); formatting
// through Intl above. Both live here, so no feature does money by hand.
const dineroCurrency = (code: string): DineroCurrency<number> => ({ code, base: 10, exponent: currencyExponent(code) });

// The rate as an exact decimal string with at most 10 places (what the numeric column keeps).
export function rateAsDecimal(rate: number): string {
  return rate.toFixed(10).replace(/\.?0+$/, '');
}

// Converts minor units of one currency into minor units of another at the organizer's rate
// (1 unit of `from` = `rate` units of `to`), rounding half to even at the target's minor unit.
export function convertMinorUnits(amount: number, from: string, to: string, rate: string): number {
  const [whole, fraction = ''] = rate.split('.');
  const scaledRate = { amount: Number(`${whole}${fraction}`), scale: fraction.length };
  const converted = convert(dinero({ amount, currency: dineroCurrency(from) }), dineroCurrency(to), { [to]: scaledRate });
  return toSnapshot(transformScale(converted, currencyExponent(to), halfEven)).amount;
}
