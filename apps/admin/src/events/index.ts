import { lazy } from 'react';
import EventIcon from '@mui/icons-material/Event';
import type { Event } from '@summitdesk/contracts';

export default {
  list: lazy(() => import('./EventList').then((module) => ({ default: module.EventList }))),
  show: lazy(() => import('./EventShow').then((module) => ({ default: module.EventShow }))),
  edit: lazy(() => import('./EventEdit').then((module) => ({ default: module.EventEdit }))),
  create: lazy(() => import('./EventCreate').then((module) => ({ default: module.EventCreate }))),
  icon: EventIcon,
  recordRepresentation: (event: Event) => event.name,
};
