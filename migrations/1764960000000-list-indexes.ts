import type { MigrationInterface, QueryRunner } from 'typeorm';

// Indexes for the lists' default sorts and filters at scale (issue 15, bench/README.md): each one
// lets PostgreSQL walk a list page in order instead of scanning and sorting a large table.
const indexes: Array<[name: string, definition: string]> = [
  // A committee's queue: one call's submissions, newest first.
  ['ix_submission_cfp_created_at', 'submission (cfp_id, created_at)'],
  ['ix_submission_submitted_at', 'submission (submitted_at)'],
  ['ix_review_created_at', 'review (created_at)'],
  ['ix_review_reviewer_created_at', 'review (reviewer_id, created_at)'],
  ['ix_review_assignment_created_at', 'review_assignment (created_at)'],
  ['ix_shipment_direction', 'shipment (direction, created_at)'],
  ['ix_audit_log_actor', 'audit_log (actor_id, at)'],
  ['ix_audit_log_action', 'audit_log (action, at)'],
  ['ix_vote_contest_entry', 'vote (contest_id, entry_id)'],
  ['ix_review_assignment_source', 'review_assignment (source, id)'],
  ['ix_app_user_role', 'app_user (role, name)'],
  ['ix_app_user_country', 'app_user (country, name)'],
  ['ix_app_user_disabled', 'app_user (name) WHERE disabled'],
];

export class ListIndexes1764960000000 implements MigrationInterface {
  name = 'ListIndexes1764960000000';

  async up(db: QueryRunner): Promise<void> {
    for (const [name, definition] of indexes) await db.query(`CREATE INDEX ${name} ON ${definition}`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [name] of [...indexes].reverse()) await db.query(`DROP INDEX ${name}`);
  }
}
