import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useLocaleState } from '../i18n/useLocaleState';
import type { Contest } from '@summitdesk/contracts';
import { describeTimeZone, formatInZone } from '../common/dates';

// Both windows in the contest's own time zone, with the zone named.
export const ContestWindowsField = (_props: { label?: string }) => {
  const record = useRecordContext<Contest>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: record.timeZone });
  const range = (from: string, to: string) => format.formatRange(new Date(from), new Date(to));
  // The reader's own clock beside the announced one, where it reads differently.
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const local = (from: string, to: string) =>
    viewerZone === record.timeZone || formatInZone(from, viewerZone, locale) === formatInZone(from, record.timeZone, locale)
      ? ''
      : ` (${translate('summitdesk.common.your_time', {
          time: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewerZone }).formatRange(
            new Date(from),
            new Date(to),
          ),
        })})`;
  return (
    <Box>
      <Typography variant="body2">
        {translate('summitdesk.contests.entries_window')}: {range(record.entriesOpenAt, record.entriesCloseAt)}
        {local(record.entriesOpenAt, record.entriesCloseAt)}
      </Typography>
      <Typography variant="body2">
        {translate('summitdesk.contests.voting_window')}: {range(record.votingOpensAt, record.votingClosesAt)}
        {local(record.votingOpensAt, record.votingClosesAt)}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {describeTimeZone(record.timeZone, locale)}
      </Typography>
    </Box>
  );
};
