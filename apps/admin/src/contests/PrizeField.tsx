import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatMoney, type Contest } from '@summitdesk/contracts';

export const PrizeField = (_props: { label?: string }) => {
  const record = useRecordContext<Contest>();
  const [locale] = useLocaleState();
  if (!record) return null;
  return <Typography variant="body2">{formatMoney(record.prize, record.currency, locale)}</Typography>;
};
