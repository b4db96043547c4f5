import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { EventActionButton } from './EventActionButton';

export const ConfirmButton = () => <EventActionButton action="confirm" icon={<CheckCircleIcon />} />;
