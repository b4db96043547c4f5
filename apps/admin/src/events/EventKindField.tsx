import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Event } from '@summitdesk/contracts';
import { humanize } from '../common/text';

export const EventKindField = (_props: { label?: string }) => {
  const record = useRecordContext<Event>();
  const translate = useTranslate();
  if (!record?.kind) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`summitdesk.events.kinds.${record.kind}`, { _: humanize(record.kind) })}
    </Typography>
  );
};
