import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { SponsorshipPackage } from '@summitdesk/contracts';

// "2 of 5 left", and how many places pending checkouts hold until they expire.
export const PackageAvailability = ({ record: given }: { record?: SponsorshipPackage; label?: string }) => {
  const context = useRecordContext<SponsorshipPackage>();
  const translate = useTranslate();
  const record = given ?? context;
  if (!record) return null;
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
      {record.available > 0 ? (
        <Typography variant="body2">
          {translate('summitdesk.sponsorship_packages.left', { available: record.available, quantity: record.quantity })}
        </Typography>
      ) : (
        <Chip size="small" color="default" label={translate('summitdesk.sponsorship_packages.sold_out')} />
      )}
      {record.held > 0 ? (
        <Typography variant="caption" color="text.secondary">
          {translate('summitdesk.sponsorship_packages.held', { smart_count: record.held })}
        </Typography>
      ) : null}
    </Stack>
  );
};
