import { Injectable } from '@nestjs/common';
import type { AuditEntity } from '@summitdesk/contracts';
import type { EntityManager } from 'typeorm';
import { insertAuditRow, insertAuditRows, type AuditRow } from './audit-log.repository.js';

// A signed-in user, or the system acting on a verified outside message (a Stripe webhook: no user id).
export type AuditActor = { id: number | null; name: string; email?: string | null; role?: string | null };

export type AuditRecord = {
  // One of the contracts' audit entity names, so that the admin's filter knows every one.
  entity: AuditEntity;
  entityId: number | string;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  changes?: Record<string, { from: unknown; to: unknown }> | null;
  note?: string | null;
};

// Entries held back for one transaction (see collectIn), by its manager: dropped with it on rollback.
const collected = new WeakMap<EntityManager, AuditRow[]>();

// The one way any feature writes history: always through the transaction's manager, so the entry
// commits or rolls back with the change it describes.
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: AuditActor | null, entry: AuditRecord): Promise<void> {
    const held = collected.get(manager);
    if (held) held.push(row(actor, entry));
    else await insertAuditRow(manager, row(actor, entry));
  }

  // Entries of different actors, in one statement.
  async recordEach(manager: EntityManager, entries: Array<{ actor: AuditActor | null; entry: AuditRecord }>): Promise<void> {
    const rows = entries.map(({ actor, entry }) => row(actor, entry));
    const held = collected.get(manager);
    if (held) held.push(...rows);
    else await insertAuditRows(manager, rows);
  }

  // For a unit of work that changes many records in one transaction (a batch of Stripe events): the
  // entries recorded through `manager` from now on are kept in order and written by `flush` in one
  // statement, which the caller runs before committing. Nothing in such a unit reads the log back.
  collectIn(manager: EntityManager): void {
    if (!collected.has(manager)) collected.set(manager, []);
  }

  async flush(manager: EntityManager): Promise<void> {
    const held = collected.get(manager);
    collected.delete(manager);
    if (held) await insertAuditRows(manager, held);
  }

  // Many entries in one statement, whatever their number (a bulk move of thousands of records).
  async recordMany(manager: EntityManager, actor: AuditActor | null, entries: AuditRecord[]): Promise<void> {
    await this.recordEach(
      manager,
      entries.map((entry) => ({ actor, entry })),
    );
  }
}

function row(actor: AuditActor | null, entry: AuditRecord): AuditRow {
  return {
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    entity: entry.entity,
    entityId: String(entry.entityId),
    action: entry.action,
    fromState: entry.fromState ?? null,
    toState: entry.toState ?? null,
    changes: entry.changes && Object.keys(entry.changes).length > 0 ? entry.changes : null,
    note: entry.note ?? null,
  };
}
