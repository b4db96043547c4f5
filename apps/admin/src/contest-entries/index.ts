import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import CollectionsIcon from '@mui/icons-material/Collections';
import type { ContestEntry } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./ContestEntryList').then((module) => module.ContestEntryList)),
  show: lazy(() => import('./ContestEntryShow').then((module) => ({ default: module.ContestEntryShow }))),
  edit: lazy(() => import('./ContestEntryEdit').then((module) => ({ default: module.ContestEntryEdit }))),
  create: lazy(() => import('./ContestEntryCreate').then((module) => ({ default: module.ContestEntryCreate }))),
  icon: CollectionsIcon,
  recordRepresentation: (entry: ContestEntry) => entry.title,
};
