import type { PublicSponsor, Sponsor } from '@summitdesk/contracts';
import type { SignedFileLinks } from '../common/images/signed-file-links.js';
import type { SponsorEntity } from './sponsor.entity.js';

const logoPath = (sponsorId: number) => `/api/public/sponsors/${sponsorId}/logo`;

// A verified sponsor's logo is public; before that only its contacts and organizers get a signed link.
function logoUrl(links: SignedFileLinks, sponsor: SponsorEntity, canSeeUnverified: boolean): string | null {
  const verified = sponsor.verifiedAt !== null;
  if (!verified && !canSeeUnverified) return null;
  return links.url(logoPath(sponsor.id), sponsor.id, 'logo', sponsor.logoKey, verified);
}

export function presentSponsor(links: SignedFileLinks, sponsor: SponsorEntity, contactIds: number[], canSeeUnverified: boolean): Sponsor {
  return {
    id: sponsor.id,
    name: sponsor.name,
    website: sponsor.website,
    logoUrl: logoUrl(links, sponsor, canSeeUnverified),
    verified: sponsor.verifiedAt !== null,
    verifiedAt: sponsor.verifiedAt?.toISOString() ?? null,
    contactIds,
    version: sponsor.version,
    createdAt: sponsor.createdAt.toISOString(),
    updatedAt: sponsor.updatedAt.toISOString(),
  };
}

export function presentPublicSponsor(links: SignedFileLinks, sponsor: SponsorEntity): PublicSponsor {
  return { id: sponsor.id, name: sponsor.name, website: sponsor.website, logoUrl: logoUrl(links, sponsor, false) };
}
