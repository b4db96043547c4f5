import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CommitteeSeat } from '@summitdesk/contracts';

export const SeatChip = (_props: { label?: string }) => {
  const record = useRecordContext<CommitteeSeat>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.role === 'chair' ? 'primary' : 'default'}
      label={translate(`summitdesk.cfp_program.committee.roles.${record.role}`)}
    />
  );
};
