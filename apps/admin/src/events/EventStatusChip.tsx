import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { type Event, type EventStatus } from '@summitdesk/contracts';
import { eventStatusColors } from '../common/statusColors';
import { humanize } from '../common/text';

export const EventStatusChip = ({ status }: { status?: EventStatus; label?: string }) => {
  const record = useRecordContext<Event>();
  const translate = useTranslate();
  const value = status ?? record?.status;
  if (!value) return null;
  return (
    <Chip
      size="small"
      color={eventStatusColors[value] ?? 'default'}
      label={translate(`summitdesk.statuses.event.${value}`, { _: humanize(value) })}
    />
  );
};
