// A spreadsheet opening a CSV runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and
// one that starts with a tab or carriage return may be read the same way), so member-written text in
// an export could fetch URLs or run commands on an organizer's machine. Such cells get a leading
// single quote, which spreadsheets show as plain text (OWASP "CSV injection"). Plain numbers such as
// `-12` or `+3.5` cannot run anything and are left as they are.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function formulaSafeCell<T>(value: T): T | string {
  if (typeof value !== 'string' || !FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

// The same for every string inside a record, however nested (CSV exporters flatten nested fields).
export function formulaSafeRecord<T>(value: T): T {
  if (typeof value === 'string') return formulaSafeCell(value) as T;
  if (Array.isArray(value)) return value.map((entry) => formulaSafeRecord(entry)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, formulaSafeRecord(entry)])) as T;
  }
  return value;
}
