import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { SubscriberList } from './SubscriberList';

// Subscribers are read, filtered and exported; each changes their own settings or unsubscribes.
export default {
  list: SubscriberList,
  icon: MarkEmailReadIcon,
};
