import { currencyExponent } from '@summitdesk/contracts';

// Forms show money in major units ("500.00"), the API takes minor units (50000): the money inputs
// format and parse between the two. A fraction of a cent stays fractional so the API can refuse it.
export const toMajor = (minor: number | null | undefined, currency: string) =>
  minor === null || minor === undefined ? minor : minor / 10 ** currencyExponent(currency || 'USD');

export const toMinor = (major: number | string | null | undefined, currency: string) => {
  if (major === null || major === undefined || major === '') return null;
  const value = Number(major);
  if (Number.isNaN(value)) return null;
  return Math.round(value * 10 ** currencyExponent(currency || 'USD') * 1e6) / 1e6;
};

let currencies: string[] | undefined;
export function allCurrencies(): string[] {
  currencies ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['USD', 'EUR'];
  return currencies;
}
