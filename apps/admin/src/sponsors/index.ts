import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import BusinessIcon from '@mui/icons-material/Business';
import type { Sponsor } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./SponsorList').then((module) => module.SponsorList)),
  show: lazy(() => import('./SponsorShow').then((module) => ({ default: module.SponsorShow }))),
  edit: lazy(() => import('./SponsorEdit').then((module) => ({ default: module.SponsorEdit }))),
  create: lazy(() => import('./SponsorCreate').then((module) => ({ default: module.SponsorCreate }))),
  icon: BusinessIcon,
  recordRepresentation: (sponsor: Sponsor) => sponsor.name,
};
