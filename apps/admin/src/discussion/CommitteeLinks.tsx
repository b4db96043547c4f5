import GavelIcon from '@mui/icons-material/Gavel';
import BalanceIcon from '@mui/icons-material/Balance';
import { Button } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';

// From a call to its committee meeting (every member) and its fairness signals (chairs; the API
// answers others with 404 and the page says so).
export const CommitteeLinks = () => {
  const record = useRecordContext<{ id: number }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Button component={RouterLink} to={`/meeting/${record.id}`} size="small" startIcon={<GavelIcon />}>
        {translate('summitdesk.meeting.open')}
      </Button>
      <Button component={RouterLink} to={`/fairness/${record.id}`} size="small" startIcon={<BalanceIcon />}>
        {translate('summitdesk.fairness.open')}
      </Button>
    </>
  );
};
