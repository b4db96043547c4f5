import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import type { Contest } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./ContestList').then((module) => module.ContestList)),
  show: lazy(() => import('./ContestShow').then((module) => ({ default: module.ContestShow }))),
  edit: lazy(() => import('./ContestEdit').then((module) => ({ default: module.ContestEdit }))),
  create: lazy(() => import('./ContestCreate').then((module) => ({ default: module.ContestCreate }))),
  icon: EmojiEventsIcon,
  recordRepresentation: (contest: Contest) => contest.title,
};
