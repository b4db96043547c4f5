import type { MigrationInterface, QueryRunner } from 'typeorm';

const VIEW_BRANCHES = `
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
         WHERE sp.status <> 'declined'`;

// A "conflict" bid (issue 14): the reviewer declares a conflict with one submission, without naming
// its speakers (under anonymous review they do not know them). The declaration is a conflict row like
// the others — chairs see it, and only a chair or an organizer removes it once review is under way —
// whose target is the submission itself; the conflict view counts it.
export class BidConflicts1765040000000 implements MigrationInterface {
  name = 'BidConflicts1765040000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE conflict ADD COLUMN submission_id int CONSTRAINT fk_conflict_submission REFERENCES submission (id) ON DELETE CASCADE`,
    );
    await db.query(`ALTER TABLE conflict DROP CONSTRAINT ck_conflict_target`);
    await db.query(`ALTER TABLE conflict ADD CONSTRAINT ck_conflict_target CHECK (num_nonnulls(user_id, organization, submission_id) = 1)`);
    await db.query(`CREATE UNIQUE INDEX uq_conflict_submission ON conflict (reviewer_id, submission_id) WHERE submission_id IS NOT NULL`);
    await db.query(`CREATE INDEX ix_conflict_submission ON conflict (submission_id)`);
    await db.query(`DROP VIEW submission_conflict`);
    await db.query(`
      CREATE VIEW submission_conflict AS ${VIEW_BRANCHES}
        UNION
        SELECT cf.submission_id, cf.reviewer_id, 'declared'
          FROM conflict cf
         WHERE cf.submission_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW submission_conflict`);
    await db.query(`CREATE VIEW submission_conflict AS ${VIEW_BRANCHES}`);
    await db.query(`DELETE FROM conflict WHERE submission_id IS NOT NULL`);
    await db.query(`ALTER TABLE conflict DROP CONSTRAINT ck_conflict_target`);
    await db.query(`ALTER TABLE conflict ADD CONSTRAINT ck_conflict_target CHECK ((user_id IS NULL) <> (organization IS NULL))`);
    await db.query(`DROP INDEX ix_conflict_submission`);
    await db.query(`DROP INDEX uq_conflict_submission`);
    await db.query(`ALTER TABLE conflict DROP COLUMN submission_id`);
  }
}
