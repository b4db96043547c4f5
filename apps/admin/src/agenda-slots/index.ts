import { lazy } from 'react';
import ViewAgendaIcon from '@mui/icons-material/ViewAgenda';
import type { AgendaSlot } from '@summitdesk/contracts';

export default {
  list: lazy(() => import('./AgendaSlotList').then((module) => ({ default: module.AgendaSlotList }))),
  edit: lazy(() => import('./AgendaSlotEdit').then((module) => ({ default: module.AgendaSlotEdit }))),
  create: lazy(() => import('./AgendaSlotCreate').then((module) => ({ default: module.AgendaSlotCreate }))),
  icon: ViewAgendaIcon,
  recordRepresentation: (slot: AgendaSlot) => `${slot.room} ${slot.startsAt}`,
};
