import HistoryIcon from '@mui/icons-material/History';
import type { AuditEntry } from '@summitdesk/contracts';
import { AuditLogList } from './AuditLogList';

// Read-only: entries are written by the API alongside every change, never from the admin.
export default {
  list: AuditLogList,
  icon: HistoryIcon,
  recordRepresentation: (entry: AuditEntry) => `${entry.entity} #${entry.entityId} ${entry.action}`,
};
