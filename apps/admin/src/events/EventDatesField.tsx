import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useLocaleState } from '../i18n/useLocaleState';
import type { Event } from '@summitdesk/contracts';
import { describeTimeZone, formatDateRange } from '../common/dates';

type Props = { label?: string; showZone?: boolean };

// "12–14 Mar 2027 · Europe/Berlin (Central European Time)": event dates are in the event's own zone.
export const EventDatesField = ({ showZone = true }: Props) => {
  const record = useRecordContext<Event>();
  const [locale] = useLocaleState();
  if (!record?.startDate) return null;
  const dates = formatDateRange(record.startDate, record.endDate, locale);
  const time = (
    <time dateTime={record.endDate && record.endDate !== record.startDate ? `${record.startDate}/${record.endDate}` : record.startDate}>
      {dates}
    </time>
  );
  if (!showZone || !record.timeZone) {
    return (
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {time}
      </Typography>
    );
  }
  const zone = describeTimeZone(record.timeZone, locale, record.startDate);
  return (
    <Typography component="span" variant="body2">
      {time}
      <Typography component="span" variant="body2" color="text.secondary">
        <span aria-hidden="true"> · </span>
        {zone}
      </Typography>
    </Typography>
  );
};
