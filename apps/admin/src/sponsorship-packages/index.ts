import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import type { SponsorshipPackage } from '@summitdesk/contracts';

// Packages are read on their event's page and on the Sponsor page; the list opens the form.
export default {
  list: lazyPage(() => import('./SponsorshipPackageList').then((module) => module.SponsorshipPackageList)),
  edit: lazy(() => import('./SponsorshipPackageEdit').then((module) => ({ default: module.SponsorshipPackageEdit }))),
  create: lazy(() => import('./SponsorshipPackageCreate').then((module) => ({ default: module.SponsorshipPackageCreate }))),
  icon: WorkspacePremiumIcon,
  recordRepresentation: (sponsorshipPackage: SponsorshipPackage) => sponsorshipPackage.name,
};
