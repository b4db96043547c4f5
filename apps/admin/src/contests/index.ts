import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import type { Contest } from '@summitdesk/contracts';
import { ContestCreate } from './ContestCreate';
import { ContestEdit } from './ContestEdit';
import { ContestList } from './ContestList';
import { ContestShow } from './ContestShow';

export default {
  list: ContestList,
  show: ContestShow,
  edit: ContestEdit,
  create: ContestCreate,
  icon: EmojiEventsIcon,
  recordRepresentation: (contest: Contest) => contest.title,
};
