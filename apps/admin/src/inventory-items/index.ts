import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import Inventory2Icon from '@mui/icons-material/Inventory2';
import type { InventoryItem } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./InventoryItemList').then((module) => module.InventoryItemList)),
  edit: lazy(() => import('./InventoryItemEdit').then((module) => ({ default: module.InventoryItemEdit }))),
  create: lazy(() => import('./InventoryItemCreate').then((module) => ({ default: module.InventoryItemCreate }))),
  icon: Inventory2Icon,
  recordRepresentation: (item: InventoryItem) => `${item.name} (${item.sku})`,
};
