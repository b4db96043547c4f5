import AlarmIcon from '@mui/icons-material/Alarm';
import { ShipmentCountCard } from './ShipmentCountCard';

const to = `/shipments?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`;

export const OverdueShipmentsCard = () => (
  <ShipmentCountCard
    count="overdue"
    title="summitdesk.shipments.cards.overdue"
    help="summitdesk.shipments.cards.overdue_help"
    icon={<AlarmIcon />}
    to={to}
    alarming
  />
);
