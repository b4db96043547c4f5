import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import PaidIcon from '@mui/icons-material/Paid';
import type { Sponsorship } from '@summitdesk/contracts';

// Sponsorships are started from the Sponsor page (a checkout), not typed in: no create or edit form.
export default {
  list: lazyPage(() => import('./SponsorshipList').then((module) => module.SponsorshipList)),
  show: lazy(() => import('./SponsorshipShow').then((module) => ({ default: module.SponsorshipShow }))),
  icon: PaidIcon,
  recordRepresentation: (sponsorship: Sponsorship) => `#${sponsorship.id}`,
};
