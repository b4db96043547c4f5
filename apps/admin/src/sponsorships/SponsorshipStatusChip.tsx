import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Sponsorship, SponsorshipStatus } from '@summitdesk/contracts';
import { sponsorshipStatusColors } from '../common/statusColors';
import { humanize } from '../common/text';

export const SponsorshipStatusChip = ({ status }: { status?: SponsorshipStatus; label?: string }) => {
  const record = useRecordContext<Sponsorship>();
  const translate = useTranslate();
  const value = status ?? record?.status;
  if (!value) return null;
  return (
    <Chip
      size="small"
      color={sponsorshipStatusColors[value]}
      label={translate(`summitdesk.statuses.sponsorship.${value}`, { _: humanize(value) })}
    />
  );
};
