import { CreateButton, DataTable, DateField, List, ReferenceField, TopToolbar, usePermissions } from 'react-admin';
import type { Cfp } from '@summitdesk/contracts';
import { CfpStateChip } from './CfpStateChip';
import { formulaSafeExporter } from '../common/csvExport';

const Actions = () => {
  const { permissions } = usePermissions();
  return <TopToolbar>{permissions === 'organizer' ? <CreateButton /> : null}</TopToolbar>;
};

export const CfpList = () => (
  <List exporter={formulaSafeExporter} actions={<Actions />} sort={{ field: 'closesAt', order: 'DESC' }}>
    <DataTable<Cfp> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="eventId">
        <ReferenceField source="eventId" reference="events" link={false} />
      </DataTable.Col>
      <DataTable.Col source="title" />
      <DataTable.Col source="opensAt">
        <DateField source="opensAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="closesAt">
        <DateField source="closesAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="state" disableSort>
        <CfpStateChip />
      </DataTable.Col>
    </DataTable>
  </List>
);
