import { useState } from 'react';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import { Alert, AlertTitle, Box, Button, CircularProgress } from '@mui/material';
import { useGetOne, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { SponsorshipPendingStatuses, SponsorshipPlaceHoldingStatuses, type Sponsorship } from '@summitdesk/contracts';
import { formatInstant } from '../common/dates';
import { checkoutOutcome } from './returnUrl';

// Stripe's webhook, not this redirect, marks a sponsorship paid; so after Stripe sends the buyer back
// (?checkout=success|cancelled) the page asks a few times and says plainly whether the money is in
// or still on its way.
const POLL_EVERY_MS = 2_000;
const POLLS = 8;

const isPending = (row: Sponsorship) => SponsorshipPendingStatuses.some((status) => status === row.status);
const isPaid = (row: Sponsorship) => SponsorshipPlaceHoldingStatuses.some((status) => status === row.status);

export const CheckoutOutcomePanel = () => {
  const record = useRecordContext<Sponsorship>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [params] = useSearchParams();
  const outcome = checkoutOutcome(params.get('checkout'));
  const [polls, setPolls] = useState(0);
  // Shares the page's cache entry, so each answer also refreshes the record shown below.
  const { data, refetch } = useGetOne<Sponsorship>(
    'sponsorships',
    { id: record?.id ?? 0 },
    {
      enabled: record !== undefined && outcome === 'success',
      refetchInterval: (query) => {
        const row = query.state.data as Sponsorship | undefined;
        return row && isPending(row) && polls < POLLS ? POLL_EVERY_MS : false;
      },
      onSettled: () => setPolls((count) => count + 1),
    },
  );
  const sponsorship = data ?? record;
  if (!sponsorship || !outcome) return null;
  const stillPolling = outcome === 'success' && isPending(sponsorship) && polls < POLLS;

  let panel;
  if (isPaid(sponsorship)) {
    panel = (
      <Alert severity="success" icon={<CheckCircleIcon />}>
        <AlertTitle>{translate('summitdesk.sponsor_page.return.paid_title')}</AlertTitle>
        {translate('summitdesk.sponsor_page.return.paid')}
      </Alert>
    );
  } else if (!isPending(sponsorship)) {
    panel = (
      <Alert severity="warning">
        <AlertTitle>{translate('summitdesk.sponsor_page.return.ended_title')}</AlertTitle>
        {translate('summitdesk.sponsor_page.return.ended')}
      </Alert>
    );
  } else if (outcome === 'bank_transfer' || (!sponsorship.checkoutUrl && outcome !== 'success')) {
    panel = (
      <Alert severity="info" icon={<HourglassTopIcon />}>
        <AlertTitle>{translate('summitdesk.sponsor_page.card_not_configured_title')}</AlertTitle>
        {translate('summitdesk.sponsor_page.return.bank_transfer', { reference: `#${sponsorship.id}` })}
      </Alert>
    );
  } else if (outcome === 'cancelled') {
    panel = (
      <Alert severity="warning">
        <AlertTitle>{translate('summitdesk.sponsor_page.return.cancelled_title')}</AlertTitle>
        {sponsorship.holdExpiresAt
          ? translate('summitdesk.sponsor_page.return.cancelled_held', { until: formatInstant(sponsorship.holdExpiresAt, locale) })
          : translate('summitdesk.sponsor_page.return.cancelled')}
      </Alert>
    );
  } else {
    panel = (
      <Alert severity="info" icon={stillPolling ? <CircularProgress size={20} aria-hidden="true" /> : <HourglassTopIcon />}>
        <AlertTitle>{translate('summitdesk.sponsor_page.return.waiting_title')}</AlertTitle>
        {translate(stillPolling ? 'summitdesk.sponsor_page.return.waiting' : 'summitdesk.sponsor_page.return.waiting_long')}
      </Alert>
    );
  }

  return (
    <Box sx={{ mx: 2, mt: 2, display: 'grid', gap: 1 }}>
      <Box role="status" aria-live="polite">
        {panel}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {isPending(sponsorship) && sponsorship.checkoutUrl && outcome === 'cancelled' ? (
          <Button variant="contained" href={sponsorship.checkoutUrl}>
            {translate('summitdesk.sponsor_page.return.pay_again')}
          </Button>
        ) : null}
        {isPending(sponsorship) && outcome === 'success' && !stillPolling ? (
          <Button
            variant="outlined"
            onClick={() => {
              setPolls(0);
              void refetch();
            }}
          >
            {translate('summitdesk.sponsor_page.return.check_again')}
          </Button>
        ) : null}
        <Button component={RouterLink} to="/sponsor">
          {translate('summitdesk.sponsor_page.return.back')}
        </Button>
      </Box>
    </Box>
  );
};
