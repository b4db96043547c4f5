import { formulaSafeCell } from '@summitdesk/contracts';
import { stringify } from 'csv-stringify/sync';

// Every CSV the API sends goes through here, so that no member-written cell reaches a spreadsheet as
// a live formula (see formulaSafeCell); numbers stay numbers.
export function toCsv(rows: Array<Record<string, unknown>>, columns: string[]): string {
  return stringify(rows, { header: true, columns, cast: { string: (value) => String(formulaSafeCell(value)) } });
}
