import OutboxIcon from '@mui/icons-material/Outbox';
import { OutgoingMailList } from './OutgoingMailList';

// The organizers' view of the outbox (read-only but for Retry on a failed mail).
export default {
  list: OutgoingMailList,
  icon: OutboxIcon,
};
