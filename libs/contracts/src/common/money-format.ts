// Showing an amount, without the money schemas: a page that only prints prices imports this module
// and does not download zod (money.ts re-exports both functions for everything else).

// Digits after the decimal point for a currency (2 for USD, 0 for JPY, 3 for KWD).
export function currencyExponent(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatMoney(amount: number, currency: string, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount / 10 ** currencyExponent(currency));
}
