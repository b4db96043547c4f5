import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import type { BannerOrder } from '@summitdesk/contracts';

// Banners bought for booths that asked for a new one (`order_new`).
export default {
  list: lazyPage(() => import('./BannerOrderList').then((module) => module.BannerOrderList)),
  create: lazy(() => import('./BannerOrderCreate').then((module) => ({ default: module.BannerOrderCreate }))),
  icon: ShoppingCartIcon,
  recordRepresentation: (order: BannerOrder) => `#${order.id} · ${order.description}`,
};
