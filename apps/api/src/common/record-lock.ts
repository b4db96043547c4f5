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

// saveVersioned for many locked records in one statement (a group of Stripe events completing many
// sponsorships): each row gets its own patch and version. The patched columns travel as one JSON
// parameter typed from the entity's metadata; a column the metadata cannot type (or a patch whose
// fields differ from row to row) is saved row by row instead.
export async function saveVersionedMany<T extends ObjectLiteral & { id: number; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  changes: Array<{ record: T; patch: Partial<T> }>,
): Promise<T[]> {
  const metadata = manager.connection.getMetadata(target);
  const keys = changes.length ? Object.keys(changes[0]!.patch).filter((key) => changes[0]!.patch[key] !== undefined) : [];
  const columns = keys.map((key) => metadata.findColumnWithPropertyName(key));
  const uniform = changes.every(
    ({ patch }) =>
      Object.keys(patch)
        .filter((key) => patch[key] !== undefined)
        .join() === keys.join(),
  );
  if (changes.length < 2 || !uniform || columns.some((column) => !column || typeof column.type !== 'string' || column.isArray)) {
    for (const { record, patch } of changes) await saveVersioned(manager, target, record, patch);
    return changes.map(({ record }) => record);
  }
  const typed = columns.map((column) => `${quote(column!.databaseName)} ${sqlType(column!.type as string, column!.length)}`);
  const rows = changes.map(({ record, patch }) => {
    const row: Record<string, unknown> = { id: record.id, version: record.version + 1 };
    columns.forEach((column, index) => {
      const value = patch[keys[index]!];
      const stored = column!.transformer && !Array.isArray(column!.transformer) ? column!.transformer.to(value) : value;
      row[column!.databaseName] = stored;
    });
    return row;
  });
  const updated = metadata.updateDateColumn;
  const set = [...columns.map((column) => `${quote(column!.databaseName)} = v.${quote(column!.databaseName)}`), 'version = v.version'];
  if (updated) set.push(`${quote(updated.databaseName)} = now()`);
  const returned: Array<{ id: number; updated_at?: Date }> = await manager.query(
    `UPDATE ${quote(metadata.tableName)} t SET ${set.join(', ')}
       FROM jsonb_to_recordset($1::jsonb) AS v(id int, version int, ${typed.join(', ')})
      WHERE t.id = v.id
      RETURNING t.id${updated ? `, t.${quote(updated.databaseName)} AS updated_at` : ''}`,
    [JSON.stringify(rows)],
  );
  const stamps = new Map(returned.map((row) => [row.id, row.updated_at]));
  return changes.map(({ record, patch }) => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) (record as Record<string, unknown>)[key] = value;
    (record as Record<string, unknown>).version = record.version + 1;
    if (updated && stamps.get(record.id)) (record as Record<string, unknown>)[updated.propertyName] = stamps.get(record.id);
    return record;
  });
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const sqlType = (type: string, length: string | number | undefined) => (type === 'char' && length ? `char(${Number(length)})` : type);

export function changedFields<T extends object>(before: T, patch: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(patch)) {
    const from = (before as Record<string, unknown>)[key];
    if (JSON.stringify(from ?? null) !== JSON.stringify(to ?? null)) changes[key] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}
