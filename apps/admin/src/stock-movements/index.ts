import SwapVertIcon from '@mui/icons-material/SwapVert';
import { StockMovementList } from './StockMovementList';

// Read-only: stock moves through restocks and parcels, never by editing a movement.
export default { list: StockMovementList, icon: SwapVertIcon };
