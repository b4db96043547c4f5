import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #14: the chair's review form (extra fields, the author-response window), draft reviews,
// review rounds and the speakers' one response. Reviews written before this are submitted round-1
// reviews with no extra answers.
export class ReviewFormsRoundsResponses1765010000000 implements MigrationInterface {
  name = 'ReviewFormsRoundsResponses1765010000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE review_form (
        id                    serial PRIMARY KEY,
        cfp_id                int NOT NULL CONSTRAINT uq_review_form_cfp UNIQUE
                              CONSTRAINT fk_review_form_cfp REFERENCES cfp (id) ON DELETE CASCADE,
        fields                jsonb NOT NULL DEFAULT '[]',
        response_opens_at     timestamptz,
        response_closes_at    timestamptz,
        response_word_limit   int CONSTRAINT ck_review_form_word_limit CHECK (response_word_limit > 0),
        version               int NOT NULL DEFAULT 1,
        updated_at            timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_review_form_window CHECK ((response_opens_at IS NULL) = (response_closes_at IS NULL)
          AND (response_closes_at IS NULL OR response_closes_at > response_opens_at))
      )`);
    await db.query(
      `ALTER TABLE review ADD COLUMN status text NOT NULL DEFAULT 'submitted'
         CONSTRAINT ck_review_status CHECK (status IN ('draft', 'submitted'))`,
    );
    await db.query(
      `ALTER TABLE review ADD COLUMN round smallint NOT NULL DEFAULT 1 CONSTRAINT ck_review_round CHECK (round BETWEEN 1 AND 2)`,
    );
    await db.query(`ALTER TABLE review ADD COLUMN answers jsonb NOT NULL DEFAULT '{}'`);
    await db.query(`ALTER TABLE review DROP CONSTRAINT uq_review_submission_reviewer`);
    await db.query(`ALTER TABLE review ADD CONSTRAINT uq_review_submission_reviewer_round UNIQUE (submission_id, reviewer_id, round)`);
    // A submission's current round; a submission without a row is in round 1.
    await db.query(`
      CREATE TABLE review_round (
        id             serial PRIMARY KEY,
        submission_id  int NOT NULL CONSTRAINT uq_review_round_submission UNIQUE
                       CONSTRAINT fk_review_round_submission REFERENCES submission (id) ON DELETE CASCADE,
        round          smallint NOT NULL DEFAULT 1 CONSTRAINT ck_review_round_round CHECK (round BETWEEN 1 AND 2),
        version        int NOT NULL DEFAULT 1,
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE author_response (
        id             serial PRIMARY KEY,
        submission_id  int NOT NULL CONSTRAINT uq_author_response_submission UNIQUE
                       CONSTRAINT fk_author_response_submission REFERENCES submission (id) ON DELETE CASCADE,
        author_id      int NOT NULL CONSTRAINT fk_author_response_author REFERENCES app_user (id),
        body           text NOT NULL,
        word_count     int NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE author_response`);
    await db.query(`DROP TABLE review_round`);
    // Only the first round's submitted reviews fit the old one-review-per-reviewer shape.
    await db.query(`DELETE FROM review WHERE round > 1 OR status = 'draft'`);
    await db.query(`ALTER TABLE review DROP CONSTRAINT uq_review_submission_reviewer_round`);
    await db.query(`ALTER TABLE review ADD CONSTRAINT uq_review_submission_reviewer UNIQUE (submission_id, reviewer_id)`);
    await db.query(`ALTER TABLE review DROP COLUMN answers, DROP COLUMN round, DROP COLUMN status`);
    await db.query(`DROP TABLE review_form`);
  }
}
