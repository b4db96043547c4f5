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
  // One UPDATE of the given fields (the ORM's save would first read the row again to diff it, a
  // second statement on every state change); the row is locked, so nothing else changed it.
  const values: Record<string, unknown> = { version: record.version + 1 };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) values[key] = value;
  const metadata = manager.connection.getMetadata(target);
  const updated = metadata.updateDateColumn;
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set(values as never)
    .where('id = :id', { id: record.id })
    .returning(updated ? [updated.databaseName] : [])
    .execute();
  Object.assign(record, values);
  const raw = (result.raw as Array<Record<string, unknown>> | undefined)?.[0];
  if (updated && raw) (record as Record<string, unknown>)[updated.propertyName] = raw[updated.databaseName];
  return record;
}

export function changedFields<T extends object>(before: T, patch: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(patch)) {
    const from = (before as Record<string, unknown>)[key];
    if (JSON.stringify(from ?? null) !== JSON.stringify(to ?? null)) changes[key] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}
