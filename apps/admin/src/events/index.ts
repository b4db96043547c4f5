import EventIcon from '@mui/icons-material/Event';
import type { Event } from '@summitdesk/contracts';
import { EventCreate } from './EventCreate';
import { EventEdit } from './EventEdit';
import { EventList } from './EventList';
import { EventShow } from './EventShow';

export default {
  list: EventList,
  show: EventShow,
  edit: EventEdit,
  create: EventCreate,
  icon: EventIcon,
  recordRepresentation: (event: Event) => event.name,
};
