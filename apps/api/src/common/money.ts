import { minorUnitsProblem } from '@summitdesk/contracts';
import { unprocessable } from './app-error.js';

// The contracts' money rule (a whole, non-negative number of minor units) answered as 422, the one
// status for a bad amount, with the feature's own code: schemas accept any finite number so that
// this check, not a 400, speaks.
// `label` names the amount in the message ("The booth fee must not be negative"); the field by default.
export function checkAmount(value: number, field: string, code: string, options: { positive?: boolean; label?: string } = {}): number {
  const problem = minorUnitsProblem(value, options);
  if (problem) throw unprocessable(code, `${options.label ?? field} ${problem}`, { [field]: problem });
  return value;
}
