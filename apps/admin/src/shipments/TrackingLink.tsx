import { Link, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Shipment } from '@summitdesk/contracts';

// The tracking number as a link to the carrier's own tracking page.
export const TrackingLink = (_props: { label?: string }) => {
  const record = useRecordContext<Shipment>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.trackingNumber)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('summitdesk.shipments.no_tracking')}
      </Typography>
    );
  const text = `${record.carrier ?? ''} ${record.trackingNumber}`.trim();
  return record.trackingUrl ? (
    <Link href={record.trackingUrl} target="_blank" rel="noopener noreferrer" onClick={(event) => event.stopPropagation()}>
      {text}
    </Link>
  ) : (
    <Typography variant="body2">{text}</Typography>
  );
};
