import BlockIcon from '@mui/icons-material/Block';
import type { Conflict } from '@summitdesk/contracts';
import { ConflictCreate } from './ConflictCreate';
import { ConflictList } from './ConflictList';

export default {
  list: ConflictList,
  create: ConflictCreate,
  icon: BlockIcon,
  recordRepresentation: (conflict: Conflict) => conflict.organization ?? `#${conflict.userId}`,
};
