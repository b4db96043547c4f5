import type { FocusEvent } from 'react';
import { Box, Button, TextField, Typography } from '@mui/material';
import EventNoteIcon from '@mui/icons-material/EventNote';
import { useTranslate } from '../public-shell/kit';
import { API_URL } from '../httpClient';

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
        <TextField
          label={translate('summitdesk.public.feed_address')}
          value={feedUrl}
          size="small"
          variant="outlined"
          fullWidth
          slotProps={{ htmlInput: { readOnly: true, onFocus: (event: FocusEvent<HTMLInputElement>) => event.target.select() } }}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate('summitdesk.public.subscribe_help')}
        </Typography>
      </Box>
    </Box>
  );
};
