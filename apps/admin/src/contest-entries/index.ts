import CollectionsIcon from '@mui/icons-material/Collections';
import type { ContestEntry } from '@summitdesk/contracts';
import { ContestEntryCreate } from './ContestEntryCreate';
import { ContestEntryEdit } from './ContestEntryEdit';
import { ContestEntryList } from './ContestEntryList';
import { ContestEntryShow } from './ContestEntryShow';

export default {
  list: ContestEntryList,
  show: ContestEntryShow,
  edit: ContestEntryEdit,
  create: ContestEntryCreate,
  icon: CollectionsIcon,
  recordRepresentation: (entry: ContestEntry) => entry.title,
};
