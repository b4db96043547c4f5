import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import FlagIcon from '@mui/icons-material/Flag';
import type { Banner } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./BannerList').then((module) => module.BannerList)),
  show: lazy(() => import('./BannerShow').then((module) => ({ default: module.BannerShow }))),
  edit: lazy(() => import('./BannerEdit').then((module) => ({ default: module.BannerEdit }))),
  create: lazy(() => import('./BannerCreate').then((module) => ({ default: module.BannerCreate }))),
  icon: FlagIcon,
  recordRepresentation: (banner: Banner) => `${banner.tag} · ${banner.description}`,
};
