import { Box, Typography } from '@mui/material';
import StorefrontIcon from '@mui/icons-material/Storefront';
import { CreateButton, useTranslate } from 'react-admin';

export const BoothProposalEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <StorefrontIcon sx={{ fontSize: 64, color: 'text.secondary' }} />
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        {translate('summitdesk.booth_proposals.empty')}
      </Typography>
      <CreateButton label="summitdesk.booth_proposals.propose" variant="contained" sx={{ mt: 2 }} />
    </Box>
  );
};
