import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import type { LedgerEntry } from '@summitdesk/contracts';
import { LedgerEntryCreate } from './LedgerEntryCreate';
import { LedgerEntryList } from './LedgerEntryList';

// The ledger resource: list and create only, as the API is append-only.
export default {
  list: LedgerEntryList,
  create: LedgerEntryCreate,
  icon: ReceiptLongIcon,
  recordRepresentation: (entry: LedgerEntry) => entry.memo,
};
