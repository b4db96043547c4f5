import { Box, Typography } from '@mui/material';
import EventIcon from '@mui/icons-material/Event';
import { CreateButton, useCanAccess, useTranslate } from 'react-admin';

// "No events yet — create one" for organizers; members are told to check back.
export const EventEmpty = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'events', action: 'create' });
  return (
    <Box sx={{ textAlign: 'center', m: 'auto', py: 6, px: 2 }}>
      <EventIcon sx={{ fontSize: 72, color: 'text.secondary' }} aria-hidden="true" />
      <Typography variant="h5" component="p" sx={{ mt: 1 }}>
        {translate('summitdesk.events.empty.title')}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mt: 1, mb: 3 }}>
        {translate(canAccess ? 'summitdesk.events.empty.organizer' : 'summitdesk.events.empty.member')}
      </Typography>
      {canAccess ? <CreateButton variant="contained" label="summitdesk.events.empty.create" /> : null}
    </Box>
  );
};
