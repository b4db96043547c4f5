import { currencyExponent } from '@summitdesk/contracts';
import { convert, dinero, halfEven, toSnapshot, transformScale, type DineroCurrency } from 'dinero.js';

const currency = (code: string): DineroCurrency<number> => ({ code, base: 10, exponent: currencyExponent(code) });

// The rate as an exact decimal string with at most 10 places (what the numeric column keeps).
export function rateAsDecimal(rate: number): string {
  return rate.toFixed(10).replace(/\.?0+$/, '');
}

// Converts minor units of one currency into minor units of another at the organizer's rate
// (1 unit of `from` = `rate` units of `to`), rounding half to even at the target's minor unit.
export function convertMinorUnits(amount: number, from: string, to: string, rate: string): number {
  const [whole, fraction = ''] = rate.split('.');
  const scaledRate = { amount: Number(`${whole}${fraction}`), scale: fraction.length };
  const converted = convert(dinero({ amount, currency: currency(from) }), currency(to), { [to]: scaledRate });
  return toSnapshot(transformScale(converted, currencyExponent(to), halfEven)).amount;
}
