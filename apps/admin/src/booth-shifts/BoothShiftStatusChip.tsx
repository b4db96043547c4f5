import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { type BoothShift, type BoothShiftStatus } from '@summitdesk/contracts';
import { boothShiftStatusColors } from '../common/statusColors';
import { humanize } from '../common/text';

export const BoothShiftStatusChip = ({ status }: { status?: BoothShiftStatus; label?: string }) => {
  const record = useRecordContext<BoothShift>();
  const translate = useTranslate();
  const value = status ?? record?.status;
  if (!value) return null;
  return (
    <Chip
      size="small"
      color={boothShiftStatusColors[value]}
      label={translate(`summitdesk.statuses.booth-shift.${value}`, { _: humanize(value) })}
    />
  );
};
