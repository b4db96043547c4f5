import { Alert, AlertTitle, Box, Link } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatMoney, type BoothProposal } from '@summitdesk/contracts';
import { SponsorLogo } from '../sponsors/SponsorLogo';
import { useBoothSponsors } from './useBoothSponsors';

// "Booth sponsored by …" on the booth's page once a booth sponsorship is paid, with what is left for
// the program to pay.
export const BoothSponsorsBanner = () => {
  const booth = useRecordContext<BoothProposal>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useBoothSponsors(booth?.id);
  if (!data || data.sponsors.length === 0) return null;
  const names = data.sponsors.map((sponsor) => sponsor.name).join(', ');
  const money = (amount: number) => (data.currency ? formatMoney(amount, data.currency, locale) : String(amount));
  return (
    <Alert severity="success" sx={{ mx: 2, mt: 2 }} icon={false}>
      <AlertTitle>{translate('summitdesk.sponsorships.booth.sponsored_by', { names })}</AlertTitle>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', my: 1 }}>
        {data.sponsors.map((sponsor) => (
          <Link
            key={sponsor.id}
            href={sponsor.website}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={translate('summitdesk.sponsorships.public.visit', { name: sponsor.name })}
          >
            <SponsorLogo sponsor={sponsor} height={32} />
          </Link>
        ))}
      </Box>
      {data.currency
        ? translate('summitdesk.sponsorships.booth.cost', {
            approved: money(data.approved),
            sponsored: money(data.sponsored),
            cost: money(data.costToProgram),
          })
        : null}
    </Alert>
  );
};
