import { lazyPage } from '../common/lazyPage';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';

// Subscribers are read, filtered and exported; each changes their own settings or unsubscribes.
export default {
  list: lazyPage(() => import('./SubscriberList').then((module) => module.SubscriberList)),
  icon: MarkEmailReadIcon,
};
