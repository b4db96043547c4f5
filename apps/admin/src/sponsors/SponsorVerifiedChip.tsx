import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Sponsor } from '@summitdesk/contracts';

// Unverified profiles stay off the public pages until an organizer checks them.
export const SponsorVerifiedChip = (_props: { label?: string }) => {
  const record = useRecordContext<Sponsor>();
  const translate = useTranslate();
  if (!record) return null;
  return record.verified ? (
    <Chip size="small" color="success" label={translate('summitdesk.sponsors.verified')} />
  ) : (
    <Chip size="small" color="warning" variant="outlined" label={translate('summitdesk.sponsors.unverified')} />
  );
};
