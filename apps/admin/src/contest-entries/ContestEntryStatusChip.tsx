import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { type ContestEntry, type ContestEntryStatus } from '@summitdesk/contracts';
import { contestEntryStatusColors } from '../common/statusColors';
import { humanize } from '../common/text';

export const ContestEntryStatusChip = ({ status }: { status?: ContestEntryStatus; label?: string }) => {
  const record = useRecordContext<ContestEntry>();
  const translate = useTranslate();
  const value = status ?? record?.status;
  if (!value) return null;
  return (
    <Chip
      size="small"
      color={contestEntryStatusColors[value] ?? 'default'}
      label={translate(`summitdesk.contest_entries.statuses.${value}`, { _: humanize(value) })}
    />
  );
};
