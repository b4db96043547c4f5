import { useState } from 'react';
import { Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { SponsorshipPackage } from '@summitdesk/contracts';
import { formatInstant } from '../common/dates';

// When the package can be bought, in the reader's zone, and whether it is on sale now.
export const SalesWindowField = ({ record: given, showChip = true }: { record?: SponsorshipPackage; showChip?: boolean; label?: string }) => {
  const context = useRecordContext<SponsorshipPackage>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [now] = useState(() => Date.now());
  const record = given ?? context;
  if (!record) return null;
  const state = record.onSale ? 'on_sale' : Date.parse(record.salesOpenAt) > now ? 'not_yet' : 'closed';
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="body2">
        {translate('summitdesk.sponsorship_packages.window', { open: formatInstant(record.salesOpenAt, locale), close: formatInstant(record.salesCloseAt, locale) })}
      </Typography>
      {showChip ? <Chip size="small" variant="outlined" color={record.onSale ? 'success' : 'default'} label={translate(`summitdesk.sponsorship_packages.sales.${state}`)} /> : null}
    </Stack>
  );
};
