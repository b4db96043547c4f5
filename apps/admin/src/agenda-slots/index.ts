import ViewAgendaIcon from '@mui/icons-material/ViewAgenda';
import type { AgendaSlot } from '@summitdesk/contracts';
import { AgendaSlotCreate } from './AgendaSlotCreate';
import { AgendaSlotEdit } from './AgendaSlotEdit';
import { AgendaSlotList } from './AgendaSlotList';

export default {
  list: AgendaSlotList,
  edit: AgendaSlotEdit,
  create: AgendaSlotCreate,
  icon: ViewAgendaIcon,
  recordRepresentation: (slot: AgendaSlot) => `${slot.room} ${slot.startsAt}`,
};
