import { ListBase, useRecordContext, type Identifier } from 'react-admin';
import { HistoryEntries } from './HistoryEntries';

type Props = {
  // The audit log's entity name for this record type: 'event', 'booth_proposal', …
  entity: string;
  // Defaults to the record in context (the Show page's).
  recordId?: Identifier;
  // Lets a TabbedShowLayout.Tab render this without a field label above it.
  label?: false;
};

/**
 * The audit trail of one record, newest first, in words. Drop it in any Show page's tab:
 * <TabbedShowLayout.Tab label="…history" path="history"><HistoryTab entity="event" label={false} /></TabbedShowLayout.Tab>
 */
export const HistoryTab = ({ entity, recordId }: Props) => {
  const record = useRecordContext();
  const id = recordId ?? record?.id;
  if (id == null) return null;
  return (
    <ListBase
      resource="audit-log"
      filter={{ entity, entityId: String(id) }}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={25}
      disableSyncWithLocation
      storeKey={false}
    >
      <HistoryEntries record={record} />
    </ListBase>
  );
};
