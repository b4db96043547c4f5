import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Sponsorship } from '@summitdesk/contracts';
import { MoneyText } from '../booth-proposals/MoneyText';

export const SponsorshipAmountField = (_props: { label?: string }) => {
  const record = useRecordContext<Sponsorship>();
  if (!record) return null;
  return <MoneyText amount={record.amount} currency={record.currency} />;
};

// What went back (and what is still on its way back through Stripe).
export const SponsorshipRefundField = (_props: { label?: string }) => {
  const record = useRecordContext<Sponsorship>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.amountRefunded && !record.refundPending) return <>—</>;
  return (
    <Stack spacing={0.25}>
      {record.amountRefunded ? (
        <Typography variant="body2">
          <MoneyText amount={record.amountRefunded} currency={record.currency} />
        </Typography>
      ) : null}
      {record.refundPending ? (
        <Typography variant="caption" color="warning.main">
          {translate('summitdesk.sponsorships.refund_pending')} <MoneyText amount={record.refundPending} currency={record.currency} />
        </Typography>
      ) : null}
    </Stack>
  );
};
