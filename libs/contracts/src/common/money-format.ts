// Showing an amount, without the money schemas: a page that only prints prices imports this module
// and does not download zod (money.ts re-exports both functions for everything else).

// Digits after the decimal point for a currency (2 for USD, 0 for JPY, 3 for KWD).
export function currencyExponent(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

// A formatter per locale and currency, made once: building an Intl.NumberFormat costs far more
// than using one (it was a visible share of a webhook's CPU time).
const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: number, currency: string, locale = 'en'): string {
  const key = `${locale} ${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    if (formatters.size < 1000) formatters.set(key, formatter);
  }
  return formatter.format(amount / 10 ** currencyExponent(currency));
}
