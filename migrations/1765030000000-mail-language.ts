import type { MigrationInterface, QueryRunner } from 'typeorm';

// Mail that reads well: each member's language (mail is written in it), which optional mails they
// want, and the outbox's kind of mail and a "skipped" state for a mail a member turned off (kept, so
// organizers see it was not sent and why).
export class MailLanguage1765030000000 implements MigrationInterface {
  name = 'MailLanguage1765030000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE app_user ADD COLUMN language text NOT NULL DEFAULT 'en' CONSTRAINT ck_app_user_language CHECK (language ` +
        `IN ('en', 'de'))`,
    );
    await db.query(`
      CREATE TABLE mail_preference (
        user_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL,
        enabled boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);
    await db.query(`ALTER TABLE outbox_message ADD COLUMN kind text NOT NULL DEFAULT 'other'`);
    await db.query(`ALTER TABLE outbox_message ADD COLUMN language text NOT NULL DEFAULT 'en'`);
    await db.query(`ALTER TABLE outbox_message DROP CONSTRAINT ck_outbox_message_status`);
    await db.query(
      `ALTER TABLE outbox_message ADD CONSTRAINT ck_outbox_message_status CHECK (status IN ('pending', 'sending', 'sent', ` +
        `'failed', 'skipped'))`,
    );
    // The organizers' outgoing-mail list filters by kind and recipient, newest first.
    await db.query(`CREATE INDEX ix_outbox_message_kind ON outbox_message (kind, created_at)`);
    await db.query(`CREATE INDEX ix_outbox_message_created ON outbox_message (created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_outbox_message_created`);
    await db.query(`DROP INDEX ix_outbox_message_kind`);
    await db.query(`DELETE FROM outbox_message WHERE status = 'skipped'`);
    await db.query(`ALTER TABLE outbox_message DROP CONSTRAINT ck_outbox_message_status`);
    await db.query(
      `ALTER TABLE outbox_message ADD CONSTRAINT ck_outbox_message_status CHECK (status IN ('pending', 'sending', 'sent', 'failed'))`,
    );
    await db.query(`ALTER TABLE outbox_message DROP COLUMN language`);
    await db.query(`ALTER TABLE outbox_message DROP COLUMN kind`);
    await db.query(`DROP TABLE mail_preference`);
    await db.query(`ALTER TABLE app_user DROP COLUMN language`);
  }
}
