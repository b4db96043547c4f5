import { useState } from 'react';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import { Alert, AlertTitle, Box, Button, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { Title, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { SponsorshipPendingStatuses, SponsorshipPlaceHoldingStatuses, type Sponsorship } from '@summitdesk/contracts';
import { formatInstant } from '../common/dates';
import { MoneyText } from '../booth-proposals/MoneyText';
import { SponsorshipStatusChip } from '../sponsorships/SponsorshipStatusChip';
import type { CheckoutOutcome } from './returnUrl';

// Stripe's webhook, not this redirect, marks a sponsorship paid; so the page asks a few times and
// says plainly whether the money is in or still on its way.
const POLL_EVERY_MS = 2_000;
const POLLS = 8;

const isPending = (row: Sponsorship) => SponsorshipPendingStatuses.some((status) => status === row.status);
const isPaid = (row: Sponsorship) => SponsorshipPlaceHoldingStatuses.some((status) => status === row.status);

export const SponsorReturnPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [params] = useSearchParams();
  const rawId = params.get('sponsorship') ?? '';
  const id = /^\d+$/.test(rawId) ? Number(rawId) : undefined;
  const outcome = (params.get('checkout') ?? 'success') as CheckoutOutcome;
  const [polls, setPolls] = useState(0);
  const { data: sponsorship, error, refetch } = useGetOne<Sponsorship>(
    'sponsorships',
    { id: id ?? 0 },
    {
      enabled: id !== undefined,
      refetchInterval: (query) => {
        const row = query.state.data as Sponsorship | undefined;
        if (outcome !== 'success' || !row || !isPending(row) || polls >= POLLS) return false;
        return POLL_EVERY_MS;
      },
      onSettled: () => setPolls((count) => count + 1),
    },
  );
  const stillPolling = sponsorship && isPending(sponsorship) && outcome === 'success' && polls < POLLS;

  return (
    <Box sx={{ py: 2, maxWidth: 720, display: 'grid', gap: 2 }}>
      <Title title="summitdesk.sponsor_page.return.title" />
      <Typography component="h1" variant="h4" sx={{ fontWeight: 700 }}>
        {translate('summitdesk.sponsor_page.return.title')}
      </Typography>
      {error || id === undefined ? <Alert severity="error">{translate('summitdesk.sponsor_page.return.not_found')}</Alert> : null}
      {!sponsorship && !error && id !== undefined ? <CircularProgress aria-label={translate('summitdesk.common.loading')} /> : null}
      {sponsorship ? (
        <>
          <Box role="status" aria-live="polite">
            {isPaid(sponsorship) ? (
              <Alert severity="success" icon={<CheckCircleIcon />}>
                <AlertTitle>{translate('summitdesk.sponsor_page.return.paid_title')}</AlertTitle>
                {translate('summitdesk.sponsor_page.return.paid')}
              </Alert>
            ) : isPending(sponsorship) && outcome === 'bank_transfer' ? (
              <Alert severity="info" icon={<HourglassTopIcon />}>
                <AlertTitle>{translate('summitdesk.sponsor_page.card_not_configured_title')}</AlertTitle>
                {translate('summitdesk.sponsor_page.return.bank_transfer', { reference: `#${sponsorship.id}` })}
              </Alert>
            ) : isPending(sponsorship) && outcome === 'cancelled' ? (
              <Alert severity="warning">
                <AlertTitle>{translate('summitdesk.sponsor_page.return.cancelled_title')}</AlertTitle>
                {sponsorship.holdExpiresAt
                  ? translate('summitdesk.sponsor_page.return.cancelled_held', { until: formatInstant(sponsorship.holdExpiresAt, locale) })
                  : translate('summitdesk.sponsor_page.return.cancelled')}
              </Alert>
            ) : isPending(sponsorship) ? (
              <Alert severity="info" icon={stillPolling ? <CircularProgress size={20} /> : <HourglassTopIcon />}>
                <AlertTitle>{translate('summitdesk.sponsor_page.return.waiting_title')}</AlertTitle>
                {translate(stillPolling ? 'summitdesk.sponsor_page.return.waiting' : 'summitdesk.sponsor_page.return.waiting_long')}
              </Alert>
            ) : (
              <Alert severity="warning">
                <AlertTitle>{translate('summitdesk.sponsor_page.return.ended_title')}</AlertTitle>
                {translate('summitdesk.sponsor_page.return.ended')}
              </Alert>
            )}
          </Box>
          <Card variant="outlined">
            <CardContent sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1 }}>
              <Typography color="text.secondary">{translate('summitdesk.sponsor_page.receipt.number')}</Typography>
              <Typography>#{sponsorship.id}</Typography>
              <Typography color="text.secondary">{translate('summitdesk.sponsor_page.receipt.status')}</Typography>
              <Box>
                <SponsorshipStatusChip status={sponsorship.status} />
              </Box>
              <Typography color="text.secondary">{translate('summitdesk.sponsor_page.receipt.amount')}</Typography>
              <Typography>
                <MoneyText amount={sponsorship.amount} currency={sponsorship.currency} />
              </Typography>
              <Typography color="text.secondary">{translate('summitdesk.sponsor_page.receipt.paid_at')}</Typography>
              <Typography>{sponsorship.paidAt ? formatInstant(sponsorship.paidAt, locale) : '—'}</Typography>
              <Typography color="text.secondary">{translate('summitdesk.sponsor_page.receipt.reference')}</Typography>
              <Typography sx={{ fontFamily: 'monospace' }}>{sponsorship.paymentReference ?? sponsorship.stripePaymentIntentId ?? `#${sponsorship.id}`}</Typography>
            </CardContent>
          </Card>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            {isPending(sponsorship) && sponsorship.checkoutUrl ? (
              <Button variant="contained" href={sponsorship.checkoutUrl}>
                {translate('summitdesk.sponsor_page.return.pay_again')}
              </Button>
            ) : null}
            {isPending(sponsorship) && !stillPolling && outcome === 'success' ? (
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
        </>
      ) : null}
    </Box>
  );
};
