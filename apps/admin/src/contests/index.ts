import { lazy } from 'react';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import type { Contest } from '@summitdesk/contracts';

export default {
  list: lazy(() => import('./ContestList').then((module) => ({ default: module.ContestList }))),
  show: lazy(() => import('./ContestShow').then((module) => ({ default: module.ContestShow }))),
  edit: lazy(() => import('./ContestEdit').then((module) => ({ default: module.ContestEdit }))),
  create: lazy(() => import('./ContestCreate').then((module) => ({ default: module.ContestCreate }))),
  icon: EmojiEventsIcon,
  recordRepresentation: (contest: Contest) => contest.title,
};
