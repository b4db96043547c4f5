import Inventory2Icon from '@mui/icons-material/Inventory2';
import type { InventoryItem } from '@summitdesk/contracts';
import { InventoryItemCreate } from './InventoryItemCreate';
import { InventoryItemEdit } from './InventoryItemEdit';
import { InventoryItemList } from './InventoryItemList';

export default {
  list: InventoryItemList,
  edit: InventoryItemEdit,
  create: InventoryItemCreate,
  icon: Inventory2Icon,
  recordRepresentation: (item: InventoryItem) => `${item.name} (${item.sku})`,
};
