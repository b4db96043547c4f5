import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SubmissionStatusColors, type Submission, type SubmissionStatus } from '@summitdesk/contracts';
import { humanize } from '../common/text';

export const SubmissionStatusChip = ({ status }: { status?: SubmissionStatus; label?: string }) => {
  const record = useRecordContext<Submission>();
  const translate = useTranslate();
  const value = status ?? record?.status;
  if (!value) return null;
  return (
    <Chip
      size="small"
      color={SubmissionStatusColors[value]}
      label={translate(`summitdesk.statuses.submission.${value}`, { _: humanize(value) })}
    />
  );
};
