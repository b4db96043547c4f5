import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import StorefrontIcon from '@mui/icons-material/Storefront';
import type { BoothProposal } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./BoothProposalList').then((module) => module.BoothProposalList)),
  show: lazy(() => import('./BoothProposalShow').then((module) => ({ default: module.BoothProposalShow }))),
  edit: lazy(() => import('./BoothProposalEdit').then((module) => ({ default: module.BoothProposalEdit }))),
  create: lazy(() => import('./BoothProposalCreate').then((module) => ({ default: module.BoothProposalCreate }))),
  icon: StorefrontIcon,
  recordRepresentation: (proposal: BoothProposal) => (proposal.event ?? proposal.newEvent)?.name ?? `#${proposal.id}`,
};
