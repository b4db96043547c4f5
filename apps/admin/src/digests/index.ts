import NewspaperIcon from '@mui/icons-material/Newspaper';
import type { Digest } from '@summitdesk/contracts';
import { DigestList } from './DigestList';
import { DigestShow } from './DigestShow';

// Issues are composed from the data (Compose next week), never typed in.
export default {
  list: DigestList,
  show: DigestShow,
  icon: NewspaperIcon,
  recordRepresentation: (digest: Digest) => digest.label,
};
