import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import BlockIcon from '@mui/icons-material/Block';
import type { Conflict } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./ConflictList').then((module) => module.ConflictList)),
  create: lazy(() => import('./ConflictCreate').then((module) => ({ default: module.ConflictCreate }))),
  icon: BlockIcon,
  recordRepresentation: (conflict: Conflict) => conflict.organization ?? `#${conflict.userId}`,
};
