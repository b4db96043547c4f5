import { Box, Typography } from '@mui/material';
import HistoryIcon from '@mui/icons-material/History';
import { useTranslate } from 'react-admin';

export const AuditLogEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 'auto', py: 6, px: 2 }}>
      <HistoryIcon sx={{ fontSize: 72, color: 'text.secondary' }} aria-hidden="true" />
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        {translate('summitdesk.audit.no_history')}
      </Typography>
    </Box>
  );
};
