import type { MigrationInterface, QueryRunner } from 'typeorm';

// Bidding (issue 14): a call lists topics beside its tracks, a submission carries the speaker's
// topics, reviewers state topic interests once per committee and bid per submission. Assignment reads
// all three; a "conflict" bid is not stored here but declared through the conflicts feature.
export class TopicsAndBids1765000000000 implements MigrationInterface {
  name = 'TopicsAndBids1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE cfp ADD COLUMN topics text[] NOT NULL DEFAULT '{}'`);
    // Bidding is a chair's action per call: closed until opened, closed again when review opens.
    await db.query(`ALTER TABLE cfp ADD COLUMN bidding_open boolean NOT NULL DEFAULT false`);
    await db.query(`ALTER TABLE submission ADD COLUMN topics text[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      CREATE TABLE bid (
        id serial PRIMARY KEY,
        submission_id integer NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
        reviewer_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        value integer NOT NULL CHECK (value BETWEEN -20 AND 20),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_bid_submission_reviewer UNIQUE (submission_id, reviewer_id)
      )`);
    await db.query(`CREATE INDEX ix_bid_reviewer ON bid (reviewer_id)`);
    await db.query(`
      CREATE TABLE topic_interest (
        id serial PRIMARY KEY,
        committee_id integer NOT NULL REFERENCES committee (id) ON DELETE CASCADE,
        user_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        topic text NOT NULL,
        value integer NOT NULL CHECK (value BETWEEN -2 AND 2),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_topic_interest UNIQUE (committee_id, user_id, topic)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE topic_interest`);
    await db.query(`DROP TABLE bid`);
    await db.query(`ALTER TABLE submission DROP COLUMN topics`);
    await db.query(`ALTER TABLE cfp DROP COLUMN bidding_open`);
    await db.query(`ALTER TABLE cfp DROP COLUMN topics`);
  }
}
