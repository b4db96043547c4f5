import { CreateButton, DataTable, DateField, DeleteButton, List, ReferenceField, TopToolbar } from 'react-admin';
import type { Conflict } from '@summitdesk/contracts';
import { formulaSafeExporter } from '../common/csvExport';

export const ConflictList = () => (
  <List exporter={formulaSafeExporter} actions={<TopToolbar><CreateButton label="summitdesk.cfp_program.committee.declare" /></TopToolbar>}>
    <DataTable<Conflict> bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="reviewerId">
        <ReferenceField source="reviewerId" reference="users" link={false} />
      </DataTable.Col>
      <DataTable.Col source="userId">
        <ReferenceField source="userId" reference="users" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="organization" />
      <DataTable.Col source="note" />
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col>
        <DeleteButton mutationMode="pessimistic" redirect={false} />
      </DataTable.Col>
    </DataTable>
  </List>
);
