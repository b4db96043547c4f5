import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { type Shipment, type ShipmentStatus } from '@summitdesk/contracts';
import { shipmentStatusColors } from '../common/statusColors';
import { humanize } from '../common/text';

export const ShipmentStatusChip = ({ status }: { status?: ShipmentStatus; label?: string }) => {
  const record = useRecordContext<Shipment>();
  const translate = useTranslate();
  const value = status ?? record?.status;
  if (!value) return null;
  return (
    <Chip
      size="small"
      color={shipmentStatusColors[value] ?? 'default'}
      label={translate(`summitdesk.statuses.shipment.${value}`, { _: humanize(value) })}
    />
  );
};
