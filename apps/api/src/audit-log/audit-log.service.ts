import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ViewerScope } from '../cfps/viewer-scope.js';
import type { AuthUser } from '../common/auth-user.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { AuditLogEntry } from './audit-log-entry.entity.js';

const auditListSpec: ListSpec = {
  resource: 'audit-log',
  sortable: { at: 'entry.at', id: 'entry.id' },
  filterable: {
    id: { column: 'entry.id', type: 'int' },
    entity: { column: 'entry.entity', type: 'text' },
    entityId: { column: 'entry.entity_id', type: 'text' },
    actorId: { column: 'entry.actor_id', type: 'int' },
    action: { column: 'entry.action', type: 'text' },
    at: { column: 'entry.at', type: 'instant', range: true },
  },
  defaultSort: ['at', 'DESC'],
  idColumn: 'entry.id',
};

// Reading the audit log (AuditService writes it).
@Injectable()
export class AuditLogService {
  constructor(@InjectRepository(AuditLogEntry) private readonly entries: Repository<AuditLogEntry>) {}

  // Conflicts hold here too: an organizer who speaks on a talk does not read its reviews in history.
  async list(actor: AuthUser, query: Record<string, unknown>) {
    const scope = await ViewerScope.load(this.entries.manager, actor);
    const qb = scope.bind(this.entries.createQueryBuilder('entry')).where(scope.auditEntryVisibleSql('entry'));
    await scope.bindHiddenHistory(this.entries.manager, qb);
    return findPage(qb, query, auditListSpec, (row) => ({ ...row, id: Number(row.id) }));
  }
}
