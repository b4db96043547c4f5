import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { type Contest, type ContestStatus } from '@summitdesk/contracts';
import { contestStatusColors } from '../common/statusColors';
import { humanize } from '../common/text';

export const ContestStatusChip = ({ status }: { status?: ContestStatus; label?: string }) => {
  const record = useRecordContext<Contest>();
  const translate = useTranslate();
  const value = status ?? record?.status;
  if (!value) return null;
  return (
    <Chip
      size="small"
      color={contestStatusColors[value] ?? 'default'}
      label={translate(`summitdesk.contests.statuses.${value}`, { _: humanize(value) })}
    />
  );
};
