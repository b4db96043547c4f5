import { Chip } from '@mui/material';
import { FunctionField, Labeled, Show, TabbedShowLayout, TextField, useCanAccess, useTranslate } from 'react-admin';
import type { Shipment } from '@summitdesk/contracts';
import { HistoryTab } from '../audit-log/HistoryTab';
import { MoneyText } from '../booth-proposals/MoneyText';
import { AddressBlock } from './AddressBlock';
import { ShipmentBoothField } from './ShipmentBoothField';
import { ShipmentLinesField } from './ShipmentLinesField';
import { ShipmentShowActions } from './ShipmentShowActions';
import { ShipmentStatusChip } from './ShipmentStatusChip';
import { TrackingLink } from './TrackingLink';
import { ZonedInstantField } from './ZonedInstantField';

const OverdueChip = () => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color="error"
      label={translate('summitdesk.shipments.overdue')}
      title={translate('summitdesk.shipments.overdue_help')}
    />
  );
};

export const ShipmentShow = () => {
  const { canAccess: canSeeHistory } = useCanAccess({ resource: 'audit-log', action: 'list' });
  const translate = useTranslate();
  return (
    <Show actions={<ShipmentShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="summitdesk.shipments.tabs.details">
          <FunctionField<Shipment>
            source="status"
            render={(record) => (
              <>
                <ShipmentStatusChip /> {record.overdue ? <OverdueChip /> : null}
              </>
            )}
          />
          <FunctionField<Shipment> source="direction" render={(record) => translate(`summitdesk.shipments.${record.direction}`)} />
          <ShipmentBoothField label="summitdesk.shipments.booth" details />
          <Labeled label="resources.shipments.fields.shipTo">
            <AddressBlock />
          </Labeled>
          <Labeled label="resources.shipments.fields.trackingNumber">
            <TrackingLink />
          </Labeled>
          <TextField source="service" emptyText="—" />
          <FunctionField<Shipment> source="cost" render={(record) => <MoneyText amount={record.cost} currency={record.currency} />} />
          <ZonedInstantField source="shippedAt" label="resources.shipments.fields.shippedAt" />
          <ZonedInstantField source="deliveredAt" label="resources.shipments.fields.deliveredAt" />
          <TextField source="note" emptyText="—" />
          <Labeled label="summitdesk.shipments.lines" fullWidth>
            <ShipmentLinesField />
          </Labeled>
        </TabbedShowLayout.Tab>
        {canSeeHistory ? (
          <TabbedShowLayout.Tab label="summitdesk.shipments.tabs.history" path="history">
            <HistoryTab entity="shipment" label={false} />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
