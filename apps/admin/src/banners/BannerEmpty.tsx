import { Box, Typography } from '@mui/material';
import FlagIcon from '@mui/icons-material/Flag';
import { CreateButton, useTranslate } from 'react-admin';

export const BannerEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <FlagIcon sx={{ fontSize: 64, color: 'text.secondary' }} />
      <Typography variant="h6" component="p" sx={{ mb: 2 }}>
        {translate('summitdesk.banners.empty')}
      </Typography>
      <CreateButton />
    </Box>
  );
};
