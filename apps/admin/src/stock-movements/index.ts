import { lazy } from 'react';
import SwapVertIcon from '@mui/icons-material/SwapVert';

// Read-only: stock moves through restocks and parcels, never by editing a movement.
export default {
  list: lazy(() => import('./StockMovementList').then((module) => ({ default: module.StockMovementList }))),
  icon: SwapVertIcon,
};
