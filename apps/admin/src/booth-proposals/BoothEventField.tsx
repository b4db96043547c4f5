import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import type { BoothProposal } from '@summitdesk/contracts';
import { formatDateRange } from '../common/dates';

// The event of a proposal: the calendar's, or the one the member described (until approval).
export const BoothEventField = ({ showDates = true }: { showDates?: boolean; label?: string }) => {
  const record = useRecordContext<BoothProposal>();
  const [locale] = useLocaleState();
  if (!record) return null;
  const event = record.event ?? record.newEvent;
  if (!event) return null;
  return (
    <span>
      <Typography component="span" variant="body2" sx={{ fontWeight: 500 }}>
        {event.name}
      </Typography>
      {showDates ? (
        <Typography component="span" variant="body2" color="text.secondary">
          {` · ${formatDateRange(event.startDate, event.endDate, locale)}${event.city ? ` · ${event.city}` : ''}`}
        </Typography>
      ) : null}
    </span>
  );
};
