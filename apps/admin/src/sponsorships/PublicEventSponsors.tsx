import { useId } from 'react';
import { Box, Link, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PublicSponsor } from '@summitdesk/contracts';
import { SponsorLogo } from '../sponsors/SponsorLogo';
import { usePublicEventSponsors } from './usePublicEventSponsors';

const SponsorLinks = ({ sponsors, height }: { sponsors: PublicSponsor[]; height: number }) => {
  const translate = useTranslate();
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
      {sponsors.map((sponsor) => (
        <li key={sponsor.id}>
          <Link
            href={sponsor.website}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={translate('summitdesk.sponsorships.public.visit', { name: sponsor.name })}
          >
            <SponsorLogo sponsor={sponsor} height={height} fallback="name" />
          </Link>
        </li>
      ))}
    </Box>
  );
};

// An event's paid sponsors by tier (dearest first), each logo linked to the company's site, and
// the sponsors of its community booth. `compact` is the calendar card's single row.
export const PublicEventSponsors = ({ slug, compact = false }: { slug: string; compact?: boolean }) => {
  const translate = useTranslate();
  const headingId = useId();
  const { data } = usePublicEventSponsors(slug);
  const tiers = (data?.tiers ?? []).filter((tier) => tier.sponsors.length > 0);
  const booths = (data?.booths ?? []).filter((booth) => booth.sponsors.length > 0);
  if (tiers.length === 0 && booths.length === 0) return null;
  if (compact) {
    const eventSponsors = tiers.flatMap((tier) => tier.sponsors);
    const boothSponsors = booths.flatMap((booth) => booth.sponsors);
    const row = (label: string, sponsors: PublicSponsor[]) =>
      sponsors.length > 0 ? (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="caption" color="text.secondary">
            {translate(label)}
          </Typography>
          <SponsorLinks sponsors={sponsors} height={24} />
        </Box>
      ) : null;
    return (
      <Box aria-label={translate('summitdesk.sponsorships.public.heading')} component="section" sx={{ mt: 1, display: 'grid', gap: 0.5 }}>
        {row('summitdesk.sponsorships.public.sponsored_by', eventSponsors)}
        {row('summitdesk.sponsorships.public.booth_sponsored_by', boothSponsors)}
      </Box>
    );
  }
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} component="h2" variant="h5">
        {translate('summitdesk.sponsorships.public.heading')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {translate('summitdesk.sponsorships.public.intro')}
      </Typography>
      {tiers.map((tier, index) => (
        <Box key={tier.name} sx={{ mb: 2 }}>
          <Typography component="h3" variant="h6">
            {tier.name}
          </Typography>
          {/* Dearer tiers get larger logos. */}
          <SponsorLinks sponsors={tier.sponsors} height={Math.max(32, 64 - index * 12)} />
        </Box>
      ))}
      {booths.map((booth) => (
        <Box key={booth.boothProposalId} sx={{ mb: 2 }}>
          <Typography component="h3" variant="h6">
            {translate('summitdesk.sponsorships.public.booth_heading')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('summitdesk.sponsorships.public.booth_sponsored_by')}
          </Typography>
          <SponsorLinks sponsors={booth.sponsors} height={40} />
        </Box>
      ))}
    </Box>
  );
};
