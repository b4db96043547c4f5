import GroupsIcon from '@mui/icons-material/Groups';
import type { Committee } from '@summitdesk/contracts';
import { CommitteeCreate } from './CommitteeCreate';
import { CommitteeList } from './CommitteeList';
import { CommitteeShow } from './CommitteeShow';

export default {
  list: CommitteeList,
  show: CommitteeShow,
  create: CommitteeCreate,
  icon: GroupsIcon,
  recordRepresentation: (committee: Committee) => committee.name,
};
