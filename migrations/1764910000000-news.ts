import type { MigrationInterface, QueryRunner } from 'typeorm';

// The community's voice: announcements, subscribers (members and confirmed addresses), weekly
// digests and who each was sent to (once per subscriber, by a unique constraint), and HTML bodies
// for the outbox so that a digest goes out as HTML and plain text.
export class News1764910000000 implements MigrationInterface {
  name = 'News1764910000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE announcement (
        id                 serial PRIMARY KEY,
        title              text NOT NULL,
        body               text NOT NULL DEFAULT '',
        event_id           int CONSTRAINT fk_announcement_event REFERENCES event (id) ON DELETE SET NULL,
        cfp_id             int CONSTRAINT fk_announcement_cfp REFERENCES cfp (id) ON DELETE SET NULL,
        contest_id         int CONSTRAINT fk_announcement_contest REFERENCES contest (id) ON DELETE SET NULL,
        booth_proposal_id  int CONSTRAINT fk_announcement_booth_proposal REFERENCES booth_proposal (id) ON DELETE SET NULL,
        status             text NOT NULL DEFAULT 'draft'
                             CONSTRAINT ck_announcement_status CHECK (status IN ('draft', 'scheduled', 'published')),
        publish_at         timestamptz,
        published_at       timestamptz,
        pinned             boolean NOT NULL DEFAULT false,
        author_id          int CONSTRAINT fk_announcement_author REFERENCES app_user (id) ON DELETE SET NULL,
        -- The suggestion it was written from (a CfP opening, a committee…), so each is offered once.
        suggestion_key     text,
        version            int NOT NULL DEFAULT 1,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_announcement_scheduled CHECK (status <> 'scheduled' OR publish_at IS NOT NULL),
        CONSTRAINT ck_announcement_published CHECK (status <> 'published' OR published_at IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_announcement_suggestion ON announcement (suggestion_key)`);
    await db.query(`CREATE INDEX ix_announcement_published ON announcement (status, pinned DESC, published_at DESC)`);
    await db.query(`CREATE INDEX ix_announcement_due ON announcement (publish_at) WHERE status = 'scheduled'`);
    await db.query(`CREATE INDEX ix_announcement_search ON announcement USING gin (title gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE subscriber (
        id                  serial PRIMARY KEY,
        email               text NOT NULL,
        -- Set for a member's own settings; an address subscribed from the public page has none.
        user_id             int CONSTRAINT fk_subscriber_user REFERENCES app_user (id) ON DELETE CASCADE,
        language            text NOT NULL DEFAULT 'en' CONSTRAINT ck_subscriber_language CHECK (language IN ('en', 'de')),
        digest              boolean NOT NULL DEFAULT true,
        topics              text[] NOT NULL DEFAULT '{}',
        country             char(2),
        -- Whether the digest may thank this member by name ("members in action").
        credit_consent      boolean NOT NULL DEFAULT false,
        confirmed_at        timestamptz,
        confirm_token_hash  text,
        confirm_sent_at     timestamptz,
        unsubscribed_at     timestamptz,
        version             int NOT NULL DEFAULT 1,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_subscriber_email ON subscriber (lower(email))`);
    await db.query(`CREATE UNIQUE INDEX uq_subscriber_user ON subscriber (user_id)`);
    await db.query(`CREATE UNIQUE INDEX uq_subscriber_confirm_token ON subscriber (confirm_token_hash)`);

    await db.query(`
      CREATE TABLE digest (
        id          serial PRIMARY KEY,
        week        text NOT NULL CONSTRAINT ck_digest_week CHECK (week ~ '^[0-9]{4}-W[0-9]{2}$'),
        volume      int NOT NULL,
        number      int NOT NULL,
        intro       text NOT NULL DEFAULT '',
        status      text NOT NULL DEFAULT 'draft' CONSTRAINT ck_digest_status CHECK (status IN ('draft', 'sent')),
        -- What was composed from the data; rendered to HTML and text per language.
        content     jsonb NOT NULL,
        html        text NOT NULL DEFAULT '',
        text        text NOT NULL DEFAULT '',
        html_de     text NOT NULL DEFAULT '',
        text_de     text NOT NULL DEFAULT '',
        sent_at     timestamptz,
        sent_count  int NOT NULL DEFAULT 0,
        version     int NOT NULL DEFAULT 1,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_digest_week UNIQUE (week)
      )`);

    await db.query(`
      CREATE TABLE digest_delivery (
        id             serial PRIMARY KEY,
        digest_id      int NOT NULL CONSTRAINT fk_digest_delivery_digest REFERENCES digest (id) ON DELETE CASCADE,
        subscriber_id  int NOT NULL CONSTRAINT fk_digest_delivery_subscriber REFERENCES subscriber (id) ON DELETE CASCADE,
        language       text NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_digest_delivery UNIQUE (digest_id, subscriber_id)
      )`);

    await db.query(`ALTER TABLE outbox_message ADD COLUMN html text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_message DROP COLUMN html`);
    await db.query(`DROP TABLE digest_delivery`);
    await db.query(`DROP TABLE digest`);
    await db.query(`DROP TABLE subscriber`);
    await db.query(`DROP TABLE announcement`);
  }
}
