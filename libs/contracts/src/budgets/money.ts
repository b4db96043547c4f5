import { z } from 'zod';

let knownCurrencies: Set<string> | undefined;

export function isCurrencyCode(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

export const CurrencySchema = z.string().refine(isCurrencyCode, 'must be an ISO 4217 currency code such as USD or EUR');

// Money is an integer count of the currency's minor unit (cents for USD, yen for JPY): never a float.
export const MinorUnitsSchema = z
  .number({ error: 'must be a whole number of minor units (cents)' })
  .int('must be a whole number of minor units (cents), not a fraction')
  .nonnegative('must not be negative')
  .max(1_000_000_000_000, 'is too large');

export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits }).format(amount / 10 ** digits);
}
