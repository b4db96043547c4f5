import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import { Box, Typography } from '@mui/material';
import { CreateButton, useCanAccess, useTranslate } from 'react-admin';

export const ContestEmpty = () => {
  const translate = useTranslate();
  const { canAccess: canCreate } = useCanAccess({ resource: 'contests', action: 'create' });
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <EmojiEventsIcon sx={{ fontSize: 64, color: 'text.disabled' }} />
      <Typography variant="h6" component="p" sx={{ my: 1 }}>
        {translate(canCreate ? 'summitdesk.contests.empty_organizer' : 'summitdesk.contests.empty')}
      </Typography>
      {canCreate ? <CreateButton variant="contained" /> : null}
    </Box>
  );
};
