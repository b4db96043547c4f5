import StorefrontIcon from '@mui/icons-material/Storefront';
import type { BoothProposal } from '@summitdesk/contracts';
import { BoothProposalCreate } from './BoothProposalCreate';
import { BoothProposalEdit } from './BoothProposalEdit';
import { BoothProposalList } from './BoothProposalList';
import { BoothProposalShow } from './BoothProposalShow';

export default {
  list: BoothProposalList,
  show: BoothProposalShow,
  edit: BoothProposalEdit,
  create: BoothProposalCreate,
  icon: StorefrontIcon,
  recordRepresentation: (proposal: BoothProposal) => (proposal.event ?? proposal.newEvent)?.name ?? `#${proposal.id}`,
};
