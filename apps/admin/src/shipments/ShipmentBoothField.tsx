import { Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Shipment } from '@summitdesk/contracts';

// Which booth the parcel is for, with its event, needed-by date and receiving window.
export const ShipmentBoothField = ({ details = false }: { label?: string; details?: boolean }) => {
  const record = useRecordContext<Shipment>();
  const translate = useTranslate();
  if (!record) return null;
  const booth = record.booth;
  return (
    <Typography component="div" variant="body2">
      <Link component={RouterLink} to={`/booth-proposals/${record.boothProposalId}/show`} onClick={(event) => event.stopPropagation()}>
        {booth.eventName ?? `#${record.boothProposalId}`}
      </Link>
      {record.fromBoothProposalId ? <div>{translate('summitdesk.shipments.forward_from', { id: record.fromBoothProposalId })}</div> : null}
      {details && booth.neededBy ? <div>{translate('summitdesk.shipments.needed_by', { date: booth.neededBy })}</div> : null}
      {details && booth.receivingWindow ? <div>{translate('summitdesk.shipments.receiving_window', booth.receivingWindow)}</div> : null}
    </Typography>
  );
};
