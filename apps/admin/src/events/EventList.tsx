import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import { DataTable, List, SearchInput, SelectInput, SimpleList, useLocaleState, useTranslate } from 'react-admin';
import { EventKinds, EventStatuses, type Event } from '@summitdesk/contracts';
import { formatDateRange } from '../common/dates';
import { humanize } from '../common/text';
import { EventDatesField } from './EventDatesField';
import { EventEmpty } from './EventEmpty';
import { EventFilterSidebar } from './EventFilterSidebar';
import { EventKindField } from './EventKindField';
import { EventPlaceField } from './EventPlaceField';
import { EventStatusChip } from './EventStatusChip';
import { eventExporter } from './eventExporter';

export const EventList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const [locale] = useLocaleState();

  const search = <SearchInput key="q" source="q" alwaysOn placeholder={translate('summitdesk.events.search')} />;
  // On narrow screens the sidebar is gone, so its filters move into the filter menu.
  const filters = isSmall
    ? [
        search,
        <SelectInput
          key="status"
          source="status"
          label="summitdesk.events.filters.status"
          choices={EventStatuses.map((status) => ({
            id: status,
            name: translate(`summitdesk.statuses.event.${status}`, { _: humanize(status) }),
          }))}
        />,
        <SelectInput
          key="kind"
          source="kind"
          label="summitdesk.events.filters.kind"
          choices={EventKinds.map((kind) => ({ id: kind, name: translate(`summitdesk.events.kinds.${kind}`, { _: humanize(kind) }) }))}
        />,
      ]
    : [search];

  return (
    <List
      filters={filters}
      aside={isSmall ? undefined : <EventFilterSidebar />}
      sort={{ field: 'startDate', order: 'ASC' }}
      perPage={25}
      exporter={eventExporter}
      empty={<EventEmpty />}
    >
      {isSmall ? (
        <SimpleList<Event>
          primaryText={(record) => record.name}
          secondaryText={(record) => (
            <>
              {formatDateRange(record.startDate, record.endDate, locale)} <EventStatusChip status={record.status} />
            </>
          )}
          rowClick="show"
        />
      ) : (
        <DataTable<Event> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="kind" disableSort>
            <EventKindField />
          </DataTable.Col>
          <DataTable.Col source="startDate" label="summitdesk.events.dates">
            <EventDatesField showZone={false} />
          </DataTable.Col>
          <DataTable.Col source="city" label="summitdesk.events.place" disableSort>
            <EventPlaceField />
          </DataTable.Col>
          <DataTable.Col source="hostOrganization" disableSort />
          <DataTable.Col source="status">
            <EventStatusChip />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
