import { CreateButton, DataTable, List, ReferenceField, TopToolbar, usePermissions } from 'react-admin';
import type { Committee } from '@summitdesk/contracts';
import { formulaSafeExporter } from '../common/csvExport';

const Actions = () => {
  const { permissions } = usePermissions();
  return <TopToolbar>{permissions === 'organizer' ? <CreateButton /> : null}</TopToolbar>;
};

export const CommitteeList = () => (
  <List exporter={formulaSafeExporter} actions={<Actions />}>
    <DataTable<Committee> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="eventId">
        <ReferenceField source="eventId" reference="events" link={false} />
      </DataTable.Col>
    </DataTable>
  </List>
);
