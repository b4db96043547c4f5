import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Submission, SubmissionStatus } from '@summitdesk/contracts';
import { submissionStatusColors } from '../common/statusColors';
import { humanize } from '../common/text';

export const SubmissionStatusChip = ({ status }: { status?: SubmissionStatus; label?: string }) => {
  const record = useRecordContext<Submission>();
  const translate = useTranslate();
  const value = status ?? record?.status;
  if (!value) return null;
  return (
    <Chip
      size="small"
      color={submissionStatusColors[value]}
      label={translate(`summitdesk.statuses.submission.${value}`, { _: humanize(value) })}
    />
  );
};
