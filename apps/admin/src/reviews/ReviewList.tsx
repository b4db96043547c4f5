import { DataTable, DateField, List, NumberField, ReferenceField, TextField } from 'react-admin';
import type { Review } from '@summitdesk/contracts';
import { formulaSafeExporter } from '../common/csvExport';

// The reviews the API lets this user read: their own, and others' once they have reviewed.
export const ReviewList = () => (
  <List exporter={formulaSafeExporter} sort={{ field: 'updatedAt', order: 'DESC' }} perPage={25}>
    <DataTable<Review> bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="submissionId">
        <ReferenceField source="submissionId" reference="submissions" link="show" />
      </DataTable.Col>
      <DataTable.Col source="reviewerName" disableSort>
        <TextField source="reviewerName" />
      </DataTable.Col>
      <DataTable.Col source="score" align="right">
        <NumberField source="score" options={{ signDisplay: 'exceptZero' }} />
      </DataTable.Col>
      <DataTable.Col source="confidence" align="right" />
      <DataTable.Col source="commentToCommittee" disableSort />
      <DataTable.Col source="updatedAt">
        <DateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
