import { Box, Typography } from '@mui/material';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { CreateButton, useTranslate } from 'react-admin';

export const BoothShiftEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <ScheduleIcon sx={{ fontSize: 64, color: 'text.secondary' }} />
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        {translate('summitdesk.booth_shifts.empty')}
      </Typography>
      <CreateButton label="summitdesk.booth_shifts.volunteer" variant="contained" sx={{ mt: 2 }} />
    </Box>
  );
};
