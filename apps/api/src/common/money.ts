import { MinorUnitsSchema } from '@summitdesk/contracts';
import { unprocessable } from './app-error.js';

// The money rule of the contracts (a whole, non-negative number of minor units) answered as 422, the
// one status for a bad amount: schemas accept any number so that this check, not a 400, speaks.
export function checkAmount(value: number, field: string, code: string, options: { positive?: boolean } = {}): number {
  const schema = options.positive ? MinorUnitsSchema.positive('must be more than zero') : MinorUnitsSchema;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problem = parsed.error.issues[0]?.message ?? 'is not an amount';
    throw unprocessable(code, `${field} ${problem}`, { [field]: problem });
  }
  return parsed.data;
}
