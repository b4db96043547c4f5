import { DataTable, ReferenceManyField } from 'react-admin';
import type { Shipment } from '@summitdesk/contracts';
import { ShipmentStatusChip } from './ShipmentStatusChip';
import { TrackingLink } from './TrackingLink';

// A booth's parcels, for its proposal page: drop into a tab as <BoothShipments label={false} />.
export const BoothShipments = (_props: { label?: string | false }) => (
  <ReferenceManyField reference="shipments" target="boothProposalId" sort={{ field: 'createdAt', order: 'ASC' }}>
    <DataTable<Shipment> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="direction" disableSort />
      <DataTable.Col source="status">
        <ShipmentStatusChip />
      </DataTable.Col>
      <DataTable.Col source="trackingNumber" disableSort>
        <TrackingLink />
      </DataTable.Col>
    </DataTable>
  </ReferenceManyField>
);
