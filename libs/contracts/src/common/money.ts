import { z } from 'zod';

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

// Money amounts are parsed as any number so that the API can answer a negative or fractional amount
// with 422 (a broken money rule), as the booth issue asks; `minorUnitsProblem` is that rule.
export const AmountSchema = z.number().finite().max(Number.MAX_SAFE_INTEGER);

export function minorUnitsProblem(value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value)) return 'must be a whole number of minor units (cents), not a fraction';
  if (value < 0) return 'must not be negative';
  return null;
}

// Digits after the decimal point for a currency (2 for USD, 0 for JPY, 3 for KWD).
export function currencyExponent(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatMoney(amount: number, currency: string, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount / 10 ** currencyExponent(currency));
}
