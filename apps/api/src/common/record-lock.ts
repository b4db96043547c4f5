import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { notFound, staleVersion } from './app-error.js';

// Every write to a mutable record: lock the row for the transaction, then compare versions.
// TypeORM's @VersionColumn does not guard save() (typeorm#2848), so we check ourselves.
export async function lockForUpdate<T extends ObjectLiteral & { id: number; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: number,
  label: string,
  expectedVersion?: number,
): Promise<T> {
  const record = await manager
    .getRepository(target)
    .createQueryBuilder('record')
    .setLock('pessimistic_write')
    .where('record.id = :id', { id })
    .getOne();
  if (!record) throw notFound(label);
  if (expectedVersion !== undefined && expectedVersion !== record.version) throw staleVersion(label);
  return record;
}

// Saves changed fields and bumps the version; call after lockForUpdate in the same transaction.
export async function saveVersioned<T extends ObjectLiteral & { id: number; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  record: T,
  patch: Partial<T>,
): Promise<T> {
  Object.assign(record, patch, { version: record.version + 1 });
  return manager.getRepository(target).save(record);
}

export function changedFields<T extends object>(before: T, patch: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(patch)) {
    const from = (before as Record<string, unknown>)[key];
    if (JSON.stringify(from ?? null) !== JSON.stringify(to ?? null)) changes[key] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}
