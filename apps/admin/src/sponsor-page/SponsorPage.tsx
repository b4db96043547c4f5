import { useState } from 'react';
import AddBusinessIcon from '@mui/icons-material/AddBusiness';
import { Alert, AlertTitle, Box, Button, CircularProgress, MenuItem, TextField, Typography } from '@mui/material';
import { Title, useGetList, useGetMany, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { Event, SponsorshipPackage } from '@summitdesk/contracts';
import { MySponsorships } from './MySponsorships';
import { PackageCard } from './PackageCard';
import { useMySponsors } from './useMySponsors';
import { usePaymentMethods } from './usePaymentMethods';

// A sponsor contact's page: the packages on sale as cards, one pay button each, and the company's
// sponsorships with receipts. A member without a company profile is shown how to create one first.
export const SponsorPage = () => {
  const translate = useTranslate();
  const { sponsors, isPending: sponsorsPending } = useMySponsors();
  const [chosenId, setChosenId] = useState<number | undefined>();
  // The moment the page opened: packages closing while it is open stay listed (the API refuses them).
  const [openedAt] = useState(() => Date.now());
  const sponsor = sponsors.find((row) => row.id === chosenId) ?? sponsors[0];
  const { data: paymentMethods } = usePaymentMethods();
  const card = paymentMethods?.card ?? true;
  const { data: packages, isPending: packagesPending } = useGetList<SponsorshipPackage>('sponsorship-packages', {
    sort: { field: 'salesCloseAt', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  // Packages whose sales ended are history, not offers.
  const offered = (packages ?? []).filter((row) => Date.parse(row.salesCloseAt) > openedAt);
  const { data: events } = useGetMany<Event>(
    'events',
    { ids: [...new Set(offered.map((row) => row.eventId))] },
    { enabled: offered.length > 0 },
  );
  const eventName = (id: number) => events?.find((event) => event.id === id)?.name;
  const blockedReason = !sponsor
    ? 'summitdesk.sponsor_page.needs_profile'
    : !sponsor.verified
      ? 'summitdesk.sponsor_page.needs_verification'
      : undefined;

  return (
    <Box sx={{ py: 2, display: 'grid', gap: 3 }}>
      <Title title="summitdesk.sponsor_page.title" />
      {/* The app bar carries the page's h1 (react-admin's Title). */}
      <Typography color="text.secondary">{translate('summitdesk.sponsor_page.intro')}</Typography>

      {sponsorsPending ? null : sponsor ? (
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          {sponsors.length > 1 ? (
            <TextField
              select
              size="small"
              label={translate('summitdesk.sponsor_page.buying_for')}
              value={sponsor.id}
              onChange={(event) => setChosenId(Number(event.target.value))}
              sx={{ minWidth: 240, maxWidth: 360 }}
              fullWidth={false}
            >
              {sponsors.map((row) => (
                <MenuItem key={row.id} value={row.id}>
                  {row.name}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <Typography>{translate('summitdesk.sponsor_page.buying_as', { name: sponsor.name })}</Typography>
          )}
          <Button component={RouterLink} to={`/sponsors/${sponsor.id}/show`} size="small">
            {translate('summitdesk.sponsor_page.open_profile')}
          </Button>
          {!sponsor.verified ? (
            <Alert severity="warning" sx={{ flexBasis: '100%' }}>
              {translate('summitdesk.sponsor_page.needs_verification')}
            </Alert>
          ) : null}
        </Box>
      ) : (
        <Alert
          severity="info"
          icon={<AddBusinessIcon />}
          action={
            <Button component={RouterLink} to="/sponsors/create" variant="contained" size="small">
              {translate('summitdesk.sponsor_page.create_profile')}
            </Button>
          }
        >
          <AlertTitle>{translate('summitdesk.sponsor_page.no_profile_title')}</AlertTitle>
          {translate('summitdesk.sponsor_page.no_profile')}
        </Alert>
      )}

      {paymentMethods && !paymentMethods.card ? (
        <Alert severity="info" role="status">
          <AlertTitle>{translate('summitdesk.sponsor_page.card_not_configured_title')}</AlertTitle>
          {translate('summitdesk.sponsor_page.card_not_configured')}
        </Alert>
      ) : null}

      <Box component="section" aria-labelledby="packages-heading">
        <Typography id="packages-heading" component="h2" variant="h5" sx={{ mb: 2 }}>
          {translate('summitdesk.sponsor_page.packages')}
        </Typography>
        {packagesPending ? <CircularProgress aria-hidden={false} aria-label={translate('summitdesk.common.loading')} /> : null}
        {!packagesPending && offered.length === 0 ? (
          <Alert severity="info">{translate('summitdesk.sponsor_page.no_packages')}</Alert>
        ) : null}
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(3, 1fr)' } }}>
          {offered.map((row) => (
            <PackageCard
              key={row.id}
              sponsorshipPackage={row}
              eventName={eventName(row.eventId)}
              sponsorId={sponsor?.id}
              card={card}
              blockedReason={blockedReason}
            />
          ))}
        </Box>
      </Box>

      {sponsors.length > 0 ? (
        <Box component="section" aria-labelledby="receipts-heading">
          <Typography id="receipts-heading" component="h2" variant="h5" sx={{ mb: 2 }}>
            {translate('summitdesk.sponsor_page.my_sponsorships')}
          </Typography>
          <Box sx={{ display: 'grid', gap: 3 }}>
            {sponsors.map((row) => (
              <Box key={row.id}>
                {sponsors.length > 1 ? (
                  <Typography component="h3" variant="h6" sx={{ mb: 1 }}>
                    {row.name}
                  </Typography>
                ) : null}
                <MySponsorships sponsor={row} />
              </Box>
            ))}
          </Box>
        </Box>
      ) : null}
    </Box>
  );
};
