import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SponsorshipStatusColors, type Sponsorship, type SponsorshipStatus } from '@summitdesk/contracts';
import { humanize } from '../common/text';

export const SponsorshipStatusChip = ({ status }: { status?: SponsorshipStatus; label?: string }) => {
  const record = useRecordContext<Sponsorship>();
  const translate = useTranslate();
  const value = status ?? record?.status;
  if (!value) return null;
  return <Chip size="small" color={SponsorshipStatusColors[value] ?? 'default'} label={translate(`summitdesk.statuses.sponsorship.${value}`, { _: humanize(value) })} />;
};
