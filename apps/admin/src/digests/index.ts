import { lazy } from 'react';
import NewspaperIcon from '@mui/icons-material/Newspaper';
import type { Digest } from '@summitdesk/contracts';

// Issues are composed from the data (Compose next week), never typed in. Pages are chunks of their
// own, fetched when first shown (bench/README.md).
export default {
  list: lazy(() => import('./DigestList').then((module) => ({ default: module.DigestList }))),
  show: lazy(() => import('./DigestShow').then((module) => ({ default: module.DigestShow }))),
  icon: NewspaperIcon,
  recordRepresentation: (digest: Digest) => digest.label,
};
