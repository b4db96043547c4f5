import { formulaSafeRecord } from '@summitdesk/contracts';
import { defaultExporter, type Exporter, type RaRecord } from 'react-admin';

// Every list's CSV export goes through here: react-admin's own CSV writer (jsonexport), fed records
// whose member-written text cannot run as a spreadsheet formula (see formulaSafeCell in contracts).
export const formulaSafeExporter: Exporter = (records, fetchRelatedRecords, dataProvider, resource) =>
  defaultExporter(
    records.map((record) => formulaSafeRecord(record)),
    fetchRelatedRecords,
    dataProvider,
    resource,
  );

// A resource's own columns in a reader's order, written by the same formula-safe exporter.
export const csvExporter =
  <T extends RaRecord>(toRow: (record: T) => Record<string, unknown>, fallbackResource: string): Exporter<T> =>
  (records, fetchRelatedRecords, dataProvider, resource) =>
    formulaSafeExporter(records.map(toRow) as RaRecord[], fetchRelatedRecords, dataProvider, resource ?? fallbackResource);
