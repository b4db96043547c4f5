import type { EntityManager } from 'typeorm';

export type AuditRow = {
  actorId: number | null;
  actorName: string | null;
  entity: string;
  entityId: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  changes: Record<string, { from: unknown; to: unknown }> | null;
  note: string | null;
};

// The audit log's own SQL: many rows in one statement from one JSON parameter (a bulk move writes
// thousands; one multi-row INSERT built by the ORM would bind nine parameters per row and cost more
// to build than to run). Rows are inserted, and so numbered, in the order given.
export async function insertAuditRows(manager: EntityManager, rows: AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, from_state, to_state, changes, note)
     SELECT "actorId", "actorName", entity, "entityId", action, "fromState", "toState", changes, note
       FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS ("actorId" int, "actorName" text, entity text, "entityId" text, action text,
            "fromState" text, "toState" text, changes jsonb, note text)) WITH ORDINALITY AS x("actorId", "actorName", entity, "entityId",
            action, "fromState", "toState", changes, note, n)
      ORDER BY n`,
    [JSON.stringify(rows)],
  );
}

// One row (every state change writes one): a plain statement, no ORM query building per change.
export async function insertAuditRow(manager: EntityManager, row: AuditRow): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, from_state, to_state, changes, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      row.actorId,
      row.actorName,
      row.entity,
      row.entityId,
      row.action,
      row.fromState,
      row.toState,
      row.changes === null ? null : JSON.stringify(row.changes),
      row.note,
    ],
  );
}
