import {
  CreateButton,
  DataTable,
  DateField,
  ExportButton,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useLocaleState,
} from 'react-admin';
import type { AgendaSlot } from '@summitdesk/contracts';
import { AgendaBuilderButton } from './AgendaBuilderButton';
import { formulaSafeExporter } from '../common/csvExport';
import { formatInstant, dateTimeOptions } from '../common/dates';
import { useSmallScreen } from '../common/useSmallScreen';

const filters = [
  <ReferenceInput key="eventId" source="eventId" reference="events" filter={{ kind: 'summit' }} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

// The agenda builder's list: by time, then room, one summit at a time.
export const AgendaSlotList = () => {
  const isSmall = useSmallScreen();
  const [locale] = useLocaleState();
  return (
    <List
      exporter={formulaSafeExporter}
      filters={filters}
      sort={{ field: 'startsAt', order: 'ASC' }}
      perPage={100}
      actions={
        <TopToolbar>
          <AgendaBuilderButton />
          <CreateButton />
          <ExportButton />
        </TopToolbar>
      }
    >
      {isSmall ? (
        <SimpleList<AgendaSlot>
          primaryText={(slot) => slot.title ?? slot.room}
          secondaryText={(slot) => `${formatInstant(slot.startsAt, locale)} · ${slot.room}`}
          rowClick="edit"
        />
      ) : (
        <DataTable<AgendaSlot> rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="startsAt">
            <DateField source="startsAt" showTime options={dateTimeOptions} />
          </DataTable.Col>
          <DataTable.Col source="endsAt" disableSort>
            <DateField source="endsAt" showTime options={dateTimeOptions} />
          </DataTable.Col>
          <DataTable.Col source="room" />
          <DataTable.Col source="submissionId" disableSort>
            <ReferenceField source="submissionId" reference="submissions" link="show" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="title" disableSort>
            <TextField source="title" emptyText="" />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
