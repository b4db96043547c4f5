import FlagIcon from '@mui/icons-material/Flag';
import { ShipmentCountCard } from './ShipmentCountCard';

export const BannersOutCard = () => (
  <ShipmentCountCard
    count="bannersOut"
    title="summitdesk.shipments.cards.banners_out"
    help="summitdesk.shipments.cards.banners_out_help"
    icon={<FlagIcon />}
    to="/banners"
  />
);
