import type { MigrationInterface, QueryRunner } from 'typeorm';

// The bell in the admin's app bar: what happened to a member's things, written in the same
// transaction as the mail about it, read or not, linked to the record.
export class InAppNotifications1764998000000 implements MigrationInterface {
  name = 'InAppNotifications1764998000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE in_app_notification (
        id bigserial PRIMARY KEY,
        user_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        title text NOT NULL,
        link_resource text,
        link_id integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT ck_in_app_notification_link CHECK ((link_resource IS NULL) = (link_id IS NULL))
      )`);
    await db.query(`CREATE INDEX ix_in_app_notification_user ON in_app_notification (user_id, created_at DESC)`);
    await db.query(`CREATE INDEX ix_in_app_notification_unread ON in_app_notification (user_id) WHERE read_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE in_app_notification`);
  }
}
