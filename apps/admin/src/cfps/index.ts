import CampaignIcon from '@mui/icons-material/Campaign';
import type { Cfp } from '@summitdesk/contracts';
import { CfpCreate } from './CfpCreate';
import { CfpEdit } from './CfpEdit';
import { CfpList } from './CfpList';
import { CfpShow } from './CfpShow';

export default {
  list: CfpList,
  show: CfpShow,
  edit: CfpEdit,
  create: CfpCreate,
  icon: CampaignIcon,
  recordRepresentation: (cfp: Cfp) => `${cfp.title ?? 'CfP'} #${cfp.id}`,
};
