import type { MigrationInterface, QueryRunner } from 'typeorm';

// Lists sort by their column and then by id (applyListQuery), but these indexes ended at the column.
// Rows written by one bulk step share their timestamp (an assignment run writes thousands of audit
// and assignment rows in one transaction, all at the transaction's time), so the newest page had to
// read and sort every tied row: 28 ms instead of 1 ms for the audit log's first page after a run of
// 8,000 rows (EXPLAIN ANALYZE, bench/README.md). With the id in the index the page is read in order.
const replaced: Array<[name: string, before: string, after: string]> = [
  ['ix_audit_log_at', 'audit_log (at)', 'audit_log (at, id)'],
  ['ix_audit_log_actor', 'audit_log (actor_id, at)', 'audit_log (actor_id, at, id)'],
  ['ix_audit_log_action', 'audit_log (action, at)', 'audit_log (action, at, id)'],
  ['ix_review_assignment_created_at', 'review_assignment (created_at)', 'review_assignment (created_at, id)'],
];

export class ListOrderTies1765050000000 implements MigrationInterface {
  name = 'ListOrderTies1765050000000';

  async up(db: QueryRunner): Promise<void> {
    for (const [name, , after] of replaced) {
      await db.query(`DROP INDEX ${name}`);
      await db.query(`CREATE INDEX ${name} ON ${after}`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [name, before] of [...replaced].reverse()) {
      await db.query(`DROP INDEX ${name}`);
      await db.query(`CREATE INDEX ${name} ON ${before}`);
    }
  }
}
