import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import type { BannerOrder } from '@summitdesk/contracts';
import { BannerOrderCreate } from './BannerOrderCreate';
import { BannerOrderList } from './BannerOrderList';

// Banners bought for booths that asked for a new one (`order_new`).
export default {
  list: BannerOrderList,
  create: BannerOrderCreate,
  icon: ShoppingCartIcon,
  recordRepresentation: (order: BannerOrder) => `#${order.id} · ${order.description}`,
};
