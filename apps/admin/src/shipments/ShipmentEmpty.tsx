import { Box, Typography } from '@mui/material';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { CreateButton, useTranslate } from 'react-admin';

export const ShipmentEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <LocalShippingIcon sx={{ fontSize: 64, color: 'text.secondary' }} />
      <Typography variant="h6" component="p" sx={{ mb: 2 }}>
        {translate('summitdesk.shipments.empty')}
      </Typography>
      <CreateButton />
    </Box>
  );
};
