import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { describeZonedInstant } from './dates';

type Props = {
  source: string;
  // The record field naming the zone the instant was announced in.
  zoneSource?: string;
  label?: string;
};

// An instant in the zone it was announced in, with the reader's own time beside it where it differs.
export const ZonedInstantField = ({ source, zoneSource = 'timeZone' }: Props) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const instant = record?.[source];
  if (typeof instant !== 'string' || !instant) return <>—</>;
  const zone = typeof record?.[zoneSource] === 'string' ? (record[zoneSource] as string) : 'UTC';
  const { announced, local } = describeZonedInstant(instant, zone, locale);
  return (
    <Typography component="span" variant="body2">
      <time dateTime={instant}>{announced}</time>
      {local ? (
        <Typography component="span" variant="body2" color="text.secondary">
          {' '}
          ({translate('summitdesk.common.your_time', { time: local })})
        </Typography>
      ) : null}
    </Typography>
  );
};

// The same as text, for sentences and one-line list rows: "21 Dec 2026, 23:59 America/Los Angeles (22 Dec 2026, 08:59 your time)".
export function useZonedInstantText() {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (instant: string, timeZone: string) => {
    const { announced, local } = describeZonedInstant(instant, timeZone, locale);
    return local ? `${announced} (${translate('summitdesk.common.your_time', { time: local })})` : announced;
  };
}
