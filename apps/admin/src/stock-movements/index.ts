import { lazyPage } from '../common/lazyPage';
import SwapVertIcon from '@mui/icons-material/SwapVert';

// Read-only: stock moves through restocks and parcels, never by editing a movement.
export default {
  list: lazyPage(() => import('./StockMovementList').then((module) => module.StockMovementList)),
  icon: SwapVertIcon,
};
