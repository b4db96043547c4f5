import { lazy } from 'react';
import PaidIcon from '@mui/icons-material/Paid';
import type { Sponsorship } from '@summitdesk/contracts';

// Sponsorships are started from the Sponsor page (a checkout), not typed in: no create or edit form.
export default {
  list: lazy(() => import('./SponsorshipList').then((module) => ({ default: module.SponsorshipList }))),
  show: lazy(() => import('./SponsorshipShow').then((module) => ({ default: module.SponsorshipShow }))),
  icon: PaidIcon,
  recordRepresentation: (sponsorship: Sponsorship) => `#${sponsorship.id}`,
};
