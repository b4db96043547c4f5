import { lazyPage } from '../common/lazyPage';
import OutboxIcon from '@mui/icons-material/Outbox';

// The organizers' view of the outbox (read-only but for Retry on a failed mail).
export default {
  list: lazyPage(() => import('./OutgoingMailList').then((module) => module.OutgoingMailList)),
  icon: OutboxIcon,
};
