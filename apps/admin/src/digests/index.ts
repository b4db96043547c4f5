import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import NewspaperIcon from '@mui/icons-material/Newspaper';
import type { Digest } from '@summitdesk/contracts';

// Issues are composed from the data (Compose next week), never typed in. Pages are chunks of their
// own, fetched when first shown (bench/README.md).
export default {
  list: lazyPage(() => import('./DigestList').then((module) => module.DigestList)),
  show: lazy(() => import('./DigestShow').then((module) => ({ default: module.DigestShow }))),
  icon: NewspaperIcon,
  recordRepresentation: (digest: Digest) => digest.label,
};
