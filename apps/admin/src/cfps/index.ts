import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import CampaignIcon from '@mui/icons-material/Campaign';
import type { Cfp } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./CfpList').then((module) => module.CfpList)),
  show: lazy(() => import('./CfpShow').then((module) => ({ default: module.CfpShow }))),
  edit: lazy(() => import('./CfpEdit').then((module) => ({ default: module.CfpEdit }))),
  create: lazy(() => import('./CfpCreate').then((module) => ({ default: module.CfpCreate }))),
  icon: CampaignIcon,
  recordRepresentation: (cfp: Cfp) => `${cfp.title ?? 'CfP'} #${cfp.id}`,
};
