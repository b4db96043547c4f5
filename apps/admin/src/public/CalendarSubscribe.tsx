import { Box, Button, Typography } from '@mui/material';
import EventNoteIcon from '@mui/icons-material/EventNote';
import { useTranslate } from '../public-shell/kit';
import { API_URL } from '../httpClient';
import { PublicTextField } from '../public-shell/fields';

const FEED_PATH = `${API_URL}/public/events.ics`;

// The iCal feed as a button (downloads or opens the calendar app) and as an address to copy.
export const CalendarSubscribe = () => {
  const translate = useTranslate();
  const feedUrl = new URL(FEED_PATH, window.location.origin).toString();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 2, my: 2 }}>
      <Button variant="contained" href={FEED_PATH} startIcon={<EventNoteIcon />} sx={{ mt: 0.5 }}>
        {translate('summitdesk.public.subscribe')}
      </Button>
      <Box sx={{ flex: '1 1 320px', maxWidth: 560 }}>
        <PublicTextField label={translate('summitdesk.public.feed_address')} value={feedUrl} fullWidth readOnly />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate('summitdesk.public.subscribe_help')}
        </Typography>
      </Box>
    </Box>
  );
};
