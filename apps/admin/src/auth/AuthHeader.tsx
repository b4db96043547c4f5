import { useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';

// The brand and page heading at the top of the sign-in and registration cards.
export const AuthHeader = ({ heading }: { heading: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', px: 2 }}>
      <Typography component="p" variant="h5" sx={{ fontWeight: 700 }}>
        {translate('summitdesk.app.name')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('summitdesk.app.tagline')}
      </Typography>
      <Typography component="h1" variant="h6" sx={{ mt: 2 }}>
        {translate(heading)}
      </Typography>
    </Box>
  );
};
