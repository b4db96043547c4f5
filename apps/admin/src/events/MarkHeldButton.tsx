import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { EventActionButton } from './EventActionButton';

export const MarkHeldButton = () => <EventActionButton action="mark_held" icon={<EventAvailableIcon />} />;
