import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import EventIcon from '@mui/icons-material/Event';
import type { Event } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./EventList').then((module) => module.EventList)),
  show: lazy(() => import('./EventShow').then((module) => ({ default: module.EventShow }))),
  edit: lazy(() => import('./EventEdit').then((module) => ({ default: module.EventEdit }))),
  create: lazy(() => import('./EventCreate').then((module) => ({ default: module.EventCreate }))),
  icon: EventIcon,
  recordRepresentation: (event: Event) => event.name,
};
