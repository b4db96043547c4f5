import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DigestStatus } from '@summitdesk/contracts';
import { digestStatusColors } from '../common/statusColors';

export const DigestStatusChip = ({ status }: { status: DigestStatus }) => {
  const translate = useTranslate();
  return <Chip size="small" color={digestStatusColors[status]} label={translate(`summitdesk.statuses.digest.${status}`)} />;
};
