import { useState } from 'react';
import { Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { SponsorshipPackage } from '@summitdesk/contracts';
import { formatInstant } from '../common/dates';

// When the package can be bought, in the reader's zone, and whether it is on sale now.
export const SalesWindowField = ({
  record: given,
  showChip = true,
}: {
  record?: SponsorshipPackage;
  showChip?: boolean;
  label?: string;
}) => {
  const context = useRecordContext<SponsorshipPackage>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [now] = useState(() => Date.now());
  const record = given ?? context;
  if (!record) return null;
  // From the window alone: a sold-out package is still in its sales window (the places show that).
  const state = now < Date.parse(record.salesOpenAt) ? 'not_yet' : now >= Date.parse(record.salesCloseAt) ? 'closed' : 'on_sale';
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="body2">
        {translate('summitdesk.sponsorship_packages.window', {
          open: formatInstant(record.salesOpenAt, locale),
          close: formatInstant(record.salesCloseAt, locale),
        })}
      </Typography>
      {showChip ? (
        <Chip
          size="small"
          variant="outlined"
          color={state === 'on_sale' ? 'success' : 'default'}
          label={translate(`summitdesk.sponsorship_packages.sales.${state}`)}
        />
      ) : null}
    </Stack>
  );
};
