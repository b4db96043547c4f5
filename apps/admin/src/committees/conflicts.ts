import { lazy } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import type { Conflict } from '@summitdesk/contracts';

export default {
  list: lazy(() => import('./ConflictList').then((module) => ({ default: module.ConflictList }))),
  create: lazy(() => import('./ConflictCreate').then((module) => ({ default: module.ConflictCreate }))),
  icon: BlockIcon,
  recordRepresentation: (conflict: Conflict) => conflict.organization ?? `#${conflict.userId}`,
};
