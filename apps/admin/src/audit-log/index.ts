import { lazyPage } from '../common/lazyPage';
import HistoryIcon from '@mui/icons-material/History';
import type { AuditEntry } from '@summitdesk/contracts';

// Read-only: entries are written by the API alongside every change, never from the admin.
export default {
  list: lazyPage(() => import('./AuditLogList').then((module) => module.AuditLogList)),
  icon: HistoryIcon,
  recordRepresentation: (entry: AuditEntry) => `${entry.entity} #${entry.entityId} ${entry.action}`,
};
