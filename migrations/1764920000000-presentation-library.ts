import type { MigrationInterface, QueryRunner } from 'typeorm';

// The presentation library: a talk's slides, preview and video link, and the views and downloads of
// its public page. A hit names a day and a salted hash of the visitor, never an address or a cookie;
// the salt of each day is kept only while that day lasts (old salts are deleted), so yesterday's
// hashes cannot be linked to anyone. The unique constraint makes a second view the same day by the
// same visitor count once, however many requests arrive at the same time.
export class PresentationLibrary1764920000000 implements MigrationInterface {
  name = 'PresentationLibrary1764920000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE presentation (
        id            serial PRIMARY KEY,
        submission_id int NOT NULL CONSTRAINT fk_presentation_submission REFERENCES submission (id) ON DELETE CASCADE
                        CONSTRAINT uq_presentation_submission UNIQUE,
        slides_key    text,
        slides_size   int CONSTRAINT ck_presentation_slides_size CHECK (slides_size > 0),
        page_count    int CONSTRAINT ck_presentation_page_count CHECK (page_count > 0),
        preview_key   text,
        video_url     text,
        -- The first upload: "presentations uploaded" counts a talk once, whatever replaces its file later.
        uploaded_at   timestamptz,
        version       int NOT NULL DEFAULT 1,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_presentation_slides CHECK ((slides_key IS NULL) = (slides_size IS NULL) AND (slides_key IS NULL OR uploaded_at IS
          NOT NULL))
      )`);
    await db.query(`CREATE INDEX ix_presentation_uploaded_at ON presentation (uploaded_at)`);
    await db.query(`
      CREATE TABLE presentation_hit (
        id              bigserial PRIMARY KEY,
        presentation_id int NOT NULL CONSTRAINT fk_presentation_hit_presentation REFERENCES presentation (id) ON DELETE CASCADE,
        kind            text NOT NULL CONSTRAINT ck_presentation_hit_kind CHECK (kind IN ('view', 'download')),
        day             date NOT NULL,
        visitor_hash    text NOT NULL,
        CONSTRAINT uq_presentation_hit_visitor UNIQUE (presentation_id, kind, day, visitor_hash)
      )`);
    await db.query(`CREATE INDEX ix_presentation_hit_day ON presentation_hit (day, kind)`);
    await db.query(`
      CREATE TABLE presentation_salt (
        day   date PRIMARY KEY,
        salt  bytea NOT NULL CONSTRAINT ck_presentation_salt_length CHECK (octet_length(salt) = 32)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE presentation_salt`);
    await db.query(`DROP TABLE presentation_hit`);
    await db.query(`DROP TABLE presentation`);
  }
}
