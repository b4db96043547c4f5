import { minorUnitsProblem } from '@summitdesk/contracts';
import { unprocessable } from './app-error.js';

// The contracts' money rule (a whole, non-negative number of minor units) answered as 422, the one
// status for a bad amount, with the feature's own code: schemas accept any finite number so that
// this check, not a 400, speaks.
export function checkAmount(value: number, field: string, code: string, options: { positive?: boolean } = {}): number {
  const problem = minorUnitsProblem(value, options);
  if (problem) throw unprocessable(code, `${field} ${problem}`, { [field]: problem });
  return value;
}
