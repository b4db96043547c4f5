import { Link, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Sponsorship } from '@summitdesk/contracts';
import { stripeCheckoutSessionUrl, stripePaymentUrl } from './stripeLinks';

// The payment (and its Checkout Session) in Stripe's dashboard, where refunds and disputes are handled.
export const StripeLinksField = (_props: { label?: string }) => {
  const record = useRecordContext<Sponsorship>();
  const translate = useTranslate();
  if (!record || (!record.stripePaymentIntentId && !record.stripeCheckoutSessionId)) return <>—</>;
  const testMode = record.stripeCheckoutSessionId?.startsWith('cs_test_') ?? false;
  const stop = (event: React.MouseEvent) => event.stopPropagation();
  return (
    <Stack spacing={0.5}>
      {record.stripePaymentIntentId ? (
        <Link
          href={stripePaymentUrl(record.stripePaymentIntentId, testMode)}
          target="_blank"
          rel="noopener noreferrer"
          onClick={stop}
          aria-label={translate('summitdesk.sponsorships.open_payment_in_stripe', { id: record.stripePaymentIntentId })}
        >
          {record.stripePaymentIntentId}
        </Link>
      ) : null}
      {record.stripeCheckoutSessionId ? (
        <Link
          href={stripeCheckoutSessionUrl(record.stripeCheckoutSessionId)}
          target="_blank"
          rel="noopener noreferrer"
          onClick={stop}
          variant="caption"
          aria-label={translate('summitdesk.sponsorships.open_session_in_stripe', { id: record.stripeCheckoutSessionId })}
        >
          {record.stripeCheckoutSessionId}
        </Link>
      ) : null}
    </Stack>
  );
};
