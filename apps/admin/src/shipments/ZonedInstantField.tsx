import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import type { Shipment } from '@summitdesk/contracts';

// When a parcel moved, in the event's own time zone with the zone named (the venue's clock).
export const ZonedInstantField = ({ source }: { source: 'packedAt' | 'shippedAt' | 'deliveredAt'; label?: string }) => {
  const record = useRecordContext<Shipment>();
  const [locale] = useLocaleState();
  const value = record?.[source];
  if (!record || !value) return <Typography variant="body2">—</Typography>;
  const timeZone = record.booth.timeZone ?? undefined;
  return (
    <Typography component="span" variant="body2">
      {new Date(value).toLocaleString(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      })}
      {timeZone ? ` (${timeZone})` : ''}
    </Typography>
  );
};
