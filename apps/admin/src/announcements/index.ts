import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import CampaignIcon from '@mui/icons-material/Campaign';
import type { Announcement } from '@summitdesk/contracts';

// Pages are chunks of their own, fetched when first shown (bench/README.md).
export default {
  list: lazyPage(() => import('./AnnouncementList').then((module) => module.AnnouncementList)),
  show: lazy(() => import('./AnnouncementShow').then((module) => ({ default: module.AnnouncementShow }))),
  edit: lazy(() => import('./AnnouncementEdit').then((module) => ({ default: module.AnnouncementEdit }))),
  create: lazy(() => import('./AnnouncementCreate').then((module) => ({ default: module.AnnouncementCreate }))),
  icon: CampaignIcon,
  recordRepresentation: (announcement: Announcement) => announcement.title,
};
