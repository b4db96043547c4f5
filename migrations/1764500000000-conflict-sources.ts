import type { MigrationInterface, QueryRunner } from 'typeorm';

// Conflicts of interest come only from data a reviewer cannot change at will while review runs.
// The member's own profile affiliation no longer counts (they could edit it and watch which
// submissions disappear); the seat's affiliation, set by the chair, does. Each declared conflict
// records who declared it, so that chairs see it and the service can keep reviewers from removing
// their own declarations once review is under way.
export class ConflictSources1764500000000 implements MigrationInterface {
  name = 'ConflictSources1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE conflict ADD COLUMN declared_by int CONSTRAINT fk_conflict_declared_by REFERENCES app_user (id) ON DELETE SET NULL`,
    );
    // The audit log knows who declared the existing ones; without an entry, the reviewer did.
    await db.query(`
      UPDATE conflict cf SET declared_by = coalesce(
        (SELECT a.actor_id FROM audit_log a WHERE a.entity = 'conflict' AND a.entity_id = cf.id::text AND a.action = 'create'
          ORDER BY a.id LIMIT 1),
        cf.reviewer_id)`);
    await db.query(`CREATE INDEX ix_conflict_declared_by ON conflict (declared_by)`);
    await db.query(`DROP VIEW submission_conflict`);
    await db.query(`
      CREATE VIEW submission_conflict AS
        SELECT sp.submission_id, sp.user_id AS reviewer_id, 'speaker' AS reason
          FROM submission_speaker sp
         WHERE sp.user_id IS NOT NULL AND sp.status <> 'declined'
        UNION
        SELECT sp.submission_id, u.id, 'speaker'
          FROM submission_speaker sp JOIN app_user u ON lower(u.email) = lower(sp.email)
         WHERE sp.status <> 'declined'
        UNION
        SELECT sp.submission_id, seat.user_id, 'affiliation'
          FROM submission_speaker sp
          JOIN submission s ON s.id = sp.submission_id
          JOIN cfp ON cfp.id = s.cfp_id
          JOIN committee c ON c.event_id = cfp.event_id
          JOIN committee_seat seat ON seat.committee_id = c.id
         WHERE sp.status <> 'declined' AND btrim(coalesce(sp.affiliation, '')) <> ''
           AND lower(btrim(sp.affiliation)) = lower(btrim(seat.affiliation))
        UNION
        SELECT sp.submission_id, cf.reviewer_id, 'declared'
          FROM conflict cf JOIN submission_speaker sp ON sp.user_id = cf.user_id
         WHERE sp.status <> 'declined'
        UNION
        SELECT sp.submission_id, cf.reviewer_id, 'declared'
          FROM conflict cf JOIN submission_speaker sp ON lower(btrim(sp.affiliation)) = lower(btrim(cf.organization))
         WHERE sp.status <> 'declined'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW submission_conflict`);
    await db.query(`
      CREATE VIEW submission_conflict AS
        SELECT sp.submission_id, sp.user_id AS reviewer_id, 'speaker' AS reason
          FROM submission_speaker sp
         WHERE sp.user_id IS NOT NULL AND sp.status <> 'declined'
        UNION
        SELECT sp.submission_id, u.id, 'speaker'
          FROM submission_speaker sp JOIN app_user u ON lower(u.email) = lower(sp.email)
         WHERE sp.status <> 'declined'
        UNION
        SELECT sp.submission_id, seat.user_id, 'affiliation'
          FROM submission_speaker sp
          JOIN submission s ON s.id = sp.submission_id
          JOIN cfp ON cfp.id = s.cfp_id
          JOIN committee c ON c.event_id = cfp.event_id
          JOIN committee_seat seat ON seat.committee_id = c.id
          JOIN app_user u ON u.id = seat.user_id
         WHERE sp.status <> 'declined' AND btrim(coalesce(sp.affiliation, '')) <> ''
           AND lower(btrim(sp.affiliation)) IN (lower(btrim(seat.affiliation)), lower(btrim(u.affiliation)))
        UNION
        SELECT sp.submission_id, cf.reviewer_id, 'declared'
          FROM conflict cf JOIN submission_speaker sp ON sp.user_id = cf.user_id
         WHERE sp.status <> 'declined'
        UNION
        SELECT sp.submission_id, cf.reviewer_id, 'declared'
          FROM conflict cf JOIN submission_speaker sp ON lower(btrim(sp.affiliation)) = lower(btrim(cf.organization))
         WHERE sp.status <> 'declined'`);
    await db.query(`DROP INDEX ix_conflict_declared_by`);
    await db.query(`ALTER TABLE conflict DROP COLUMN declared_by`);
  }
}
