import { lazy } from 'react';
import Inventory2Icon from '@mui/icons-material/Inventory2';
import type { InventoryItem } from '@summitdesk/contracts';

export default {
  list: lazy(() => import('./InventoryItemList').then((module) => ({ default: module.InventoryItemList }))),
  edit: lazy(() => import('./InventoryItemEdit').then((module) => ({ default: module.InventoryItemEdit }))),
  create: lazy(() => import('./InventoryItemCreate').then((module) => ({ default: module.InventoryItemCreate }))),
  icon: Inventory2Icon,
  recordRepresentation: (item: InventoryItem) => `${item.name} (${item.sku})`,
};
