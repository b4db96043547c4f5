import { AuditLogEntry } from '../audit-log/audit-log-entry.entity.js';
import { EventEntity } from '../events/event.entity.js';
import { UserEntity } from '../users/user.entity.js';

// Every entity the API maps; each feature adds its own here.
export const entities = [UserEntity, EventEntity, AuditLogEntry];
