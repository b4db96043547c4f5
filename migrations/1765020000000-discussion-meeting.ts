import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 14 items 4, 6, 7: the committee's comment thread per submission, the chair's meeting (its
// persisted order and where it stands) and the last reminder each reviewer got (so a second one
// within a day is refused).
export class DiscussionMeeting1765020000000 implements MigrationInterface {
  name = 'DiscussionMeeting1765020000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE discussion_comment (
        id serial PRIMARY KEY,
        submission_id integer NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
        author_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        visible_to_speakers boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_discussion_comment_submission ON discussion_comment (submission_id, id)`);
    await db.query(`
      CREATE TABLE committee_meeting (
        cfp_id integer PRIMARY KEY REFERENCES cfp (id) ON DELETE CASCADE,
        order_mode text NOT NULL CHECK (order_mode IN ('score', 'spread', 'hand')),
        submission_ids integer[] NOT NULL DEFAULT '{}',
        position integer NOT NULL DEFAULT 0 CHECK (position >= 0),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE review_reminder (
        cfp_id integer NOT NULL REFERENCES cfp (id) ON DELETE CASCADE,
        reviewer_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        sent_at timestamptz NOT NULL DEFAULT now(),
        sent_by integer REFERENCES app_user (id) ON DELETE SET NULL,
        PRIMARY KEY (cfp_id, reviewer_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE review_reminder`);
    await db.query(`DROP TABLE committee_meeting`);
    await db.query(`DROP TABLE discussion_comment`);
  }
}
