import { lazy } from 'react';
import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import type { BannerOrder } from '@summitdesk/contracts';

// Banners bought for booths that asked for a new one (`order_new`).
export default {
  list: lazy(() => import('./BannerOrderList').then((module) => ({ default: module.BannerOrderList }))),
  create: lazy(() => import('./BannerOrderCreate').then((module) => ({ default: module.BannerOrderCreate }))),
  icon: ShoppingCartIcon,
  recordRepresentation: (order: BannerOrder) => `#${order.id} · ${order.description}`,
};
