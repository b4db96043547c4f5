import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { ShipmentCountCard } from './ShipmentCountCard';

const to = `/shipments?filter=${encodeURIComponent(JSON.stringify({ status: 'shipped' }))}`;

export const ParcelsInFlightCard = () => (
  <ShipmentCountCard
    count="inFlight"
    title="summitdesk.shipments.cards.in_flight"
    help="summitdesk.shipments.cards.in_flight_help"
    icon={<LocalShippingIcon />}
    to={to}
  />
);
