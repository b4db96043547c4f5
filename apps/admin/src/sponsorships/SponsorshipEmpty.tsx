import { Box, Typography } from '@mui/material';
import PaidIcon from '@mui/icons-material/Paid';
import { useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { Link } from 'react-router-dom';

// Sponsorships start at checkout; an organizer's first step is a package for sponsors to buy.
export const SponsorshipEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <PaidIcon sx={{ fontSize: 64, color: 'text.disabled' }} />
      <Typography variant="h6" component="p" sx={{ my: 2 }}>
        {translate('summitdesk.sponsorships.empty')}
      </Typography>
      <Button component={Link} to="/sponsorship-packages/create" variant="contained" label="summitdesk.sponsorships.create_package" />
    </Box>
  );
};
