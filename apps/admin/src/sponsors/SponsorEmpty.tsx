import { Box, Typography } from '@mui/material';
import BusinessIcon from '@mui/icons-material/Business';
import { CreateButton, useTranslate } from 'react-admin';

export const SponsorEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <BusinessIcon sx={{ fontSize: 64, color: 'text.disabled' }} />
      <Typography variant="h6" component="p" sx={{ my: 2 }}>
        {translate('summitdesk.sponsors.empty')}
      </Typography>
      <CreateButton variant="contained" label="summitdesk.sponsors.create" />
    </Box>
  );
};
