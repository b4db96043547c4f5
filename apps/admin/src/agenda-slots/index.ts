import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import ViewAgendaIcon from '@mui/icons-material/ViewAgenda';
import type { AgendaSlot } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./AgendaSlotList').then((module) => module.AgendaSlotList)),
  edit: lazy(() => import('./AgendaSlotEdit').then((module) => ({ default: module.AgendaSlotEdit }))),
  create: lazy(() => import('./AgendaSlotCreate').then((module) => ({ default: module.AgendaSlotCreate }))),
  icon: ViewAgendaIcon,
  recordRepresentation: (slot: AgendaSlot) => `${slot.room} ${slot.startsAt}`,
};
