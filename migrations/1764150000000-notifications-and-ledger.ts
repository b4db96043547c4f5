import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsAndLedger1764150000000 implements MigrationInterface {
  name = 'NotificationsAndLedger1764150000000';

  async up(db: QueryRunner): Promise<void> {
    // Mail written in the same transaction as the change it announces; a queue worker sends it.
    await db.query(`
      CREATE TABLE outbox_message (
        id          bigserial PRIMARY KEY,
        to_user_id  int REFERENCES app_user (id) ON DELETE SET NULL,
        to_email    text NOT NULL,
        subject     text NOT NULL,
        body        text NOT NULL,
        dedupe_key  text,
        status      text NOT NULL DEFAULT 'pending' CONSTRAINT ck_outbox_message_status CHECK (status IN ('pending', 'sending',
          'sent', 'failed')),
        attempts    int NOT NULL DEFAULT 0,
        last_error  text,
        claimed_at  timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now(),
        sent_at     timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_outbox_message_dedupe_key ON outbox_message (dedupe_key) WHERE dedupe_key IS NOT NULL`);
    await db.query(`CREATE INDEX ix_outbox_message_status ON outbox_message (status, created_at)`);

    await db.query(`
      CREATE TABLE budget (
        id          serial PRIMARY KEY,
        year        int NOT NULL,
        currency    char(3) NOT NULL,
        amount      bigint NOT NULL CONSTRAINT ck_budget_amount CHECK (amount >= 0),
        note        text,
        version     int NOT NULL DEFAULT 1,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_budget_year_currency UNIQUE (year, currency)
      )`);

    await db.query(`
      CREATE TABLE ledger_entry (
        id                 bigserial PRIMARY KEY,
        budget_id          int NOT NULL CONSTRAINT fk_ledger_entry_budget REFERENCES budget (id),
        kind               text NOT NULL CONSTRAINT ck_ledger_entry_kind CHECK (kind IN ('allocation', 'payment', 'sponsorship',
          'refund', 'expense')),
        amount             bigint NOT NULL CONSTRAINT ck_ledger_entry_amount CHECK (amount > 0),
        currency           char(3) NOT NULL,
        booth_proposal_id  int,
        shipment_id        int,
        contest_id         int,
        memo               text NOT NULL,
        actor_id           int CONSTRAINT fk_ledger_entry_actor REFERENCES app_user (id) ON DELETE SET NULL,
        created_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_ledger_entry_budget ON ledger_entry (budget_id, created_at)`);
    await db.query(`CREATE INDEX ix_ledger_entry_booth_proposal ON ledger_entry (booth_proposal_id) WHERE booth_proposal_id IS NOT NULL`);
    await db.query(`CREATE INDEX ix_ledger_entry_kind ON ledger_entry (kind, created_at)`);
    // The ledger is the books: rows are only ever added. A correction is a new row (a refund).
    await db.query(`
      CREATE FUNCTION ledger_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger entries are append-only' USING ERRCODE = 'check_violation';
      END $$`);
    await db.query(`
      CREATE TRIGGER tr_ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
      FOR EACH ROW EXECUTE FUNCTION ledger_entry_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE ledger_entry`);
    await db.query(`DROP FUNCTION ledger_entry_append_only()`);
    await db.query(`DROP TABLE budget`);
    await db.query(`DROP TABLE outbox_message`);
  }
}
