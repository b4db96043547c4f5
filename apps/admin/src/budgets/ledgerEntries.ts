import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import type { LedgerEntry } from '@summitdesk/contracts';

// The ledger resource: list and create only, as the API is append-only.
export default {
  list: lazyPage(() => import('./LedgerEntryList').then((module) => module.LedgerEntryList)),
  create: lazy(() => import('./LedgerEntryCreate').then((module) => ({ default: module.LedgerEntryCreate }))),
  icon: ReceiptLongIcon,
  recordRepresentation: (entry: LedgerEntry) => entry.memo,
};
