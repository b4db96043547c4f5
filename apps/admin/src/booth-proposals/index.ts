import { lazy } from 'react';
import StorefrontIcon from '@mui/icons-material/Storefront';
import type { BoothProposal } from '@summitdesk/contracts';

export default {
  list: lazy(() => import('./BoothProposalList').then((module) => ({ default: module.BoothProposalList }))),
  show: lazy(() => import('./BoothProposalShow').then((module) => ({ default: module.BoothProposalShow }))),
  edit: lazy(() => import('./BoothProposalEdit').then((module) => ({ default: module.BoothProposalEdit }))),
  create: lazy(() => import('./BoothProposalCreate').then((module) => ({ default: module.BoothProposalCreate }))),
  icon: StorefrontIcon,
  recordRepresentation: (proposal: BoothProposal) => (proposal.event ?? proposal.newEvent)?.name ?? `#${proposal.id}`,
};
