import { Box, Typography } from '@mui/material';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import { CreateButton, useTranslate } from 'react-admin';

export const PackageEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <WorkspacePremiumIcon sx={{ fontSize: 64, color: 'text.disabled' }} />
      <Typography variant="h6" component="p" sx={{ my: 2 }}>
        {translate('summitdesk.sponsorship_packages.empty')}
      </Typography>
      <CreateButton variant="contained" label="summitdesk.sponsorship_packages.create" />
    </Box>
  );
};
