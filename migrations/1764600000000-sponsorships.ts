import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Sponsorships1764600000000 implements MigrationInterface {
  name = 'Sponsorships1764600000000';

  async up(db: QueryRunner): Promise<void> {
    // A company; `verified_at` is the organizer's check that gates its logo on public pages.
    await db.query(`
      CREATE TABLE sponsor (
        id           serial PRIMARY KEY,
        name         text NOT NULL,
        website      text NOT NULL CONSTRAINT ck_sponsor_website CHECK (website ~* '^https?://'),
        logo_key     text,
        logo_type    text CONSTRAINT ck_sponsor_logo_type CHECK (logo_type IN ('image/png', 'image/svg+xml')),
        verified_at  timestamptz,
        verified_by  int CONSTRAINT fk_sponsor_verified_by REFERENCES app_user (id) ON DELETE SET NULL,
        created_by   int CONSTRAINT fk_sponsor_created_by REFERENCES app_user (id) ON DELETE SET NULL,
        version      int NOT NULL DEFAULT 1,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_sponsor_logo CHECK ((logo_key IS NULL) = (logo_type IS NULL))
      )`);
    await db.query(`CREATE INDEX ix_sponsor_name ON sponsor (name)`);
    await db.query(`CREATE INDEX ix_sponsor_search ON sponsor USING gin (name gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE sponsor_contact (
        sponsor_id  int NOT NULL CONSTRAINT fk_sponsor_contact_sponsor REFERENCES sponsor (id) ON DELETE CASCADE,
        user_id     int NOT NULL CONSTRAINT fk_sponsor_contact_user REFERENCES app_user (id),
        CONSTRAINT pk_sponsor_contact PRIMARY KEY (sponsor_id, user_id)
      )`);
    await db.query(`CREATE INDEX ix_sponsor_contact_user ON sponsor_contact (user_id)`);

    await db.query(`
      CREATE TABLE sponsorship_package (
        id                 serial PRIMARY KEY,
        event_id           int NOT NULL CONSTRAINT fk_sponsorship_package_event REFERENCES event (id),
        name               text NOT NULL,
        price              bigint NOT NULL CONSTRAINT ck_sponsorship_package_price CHECK (price > 0),
        currency           char(3) NOT NULL,
        benefits           jsonb NOT NULL DEFAULT '[]',
        quantity           int NOT NULL CONSTRAINT ck_sponsorship_package_quantity CHECK (quantity > 0),
        sales_open_at      timestamptz NOT NULL,
        sales_close_at     timestamptz NOT NULL,
        booth_proposal_id  int CONSTRAINT fk_sponsorship_package_booth_proposal REFERENCES booth_proposal (id),
        version            int NOT NULL DEFAULT 1,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_sponsorship_package_window CHECK (sales_close_at > sales_open_at),
        CONSTRAINT uq_sponsorship_package_event_name UNIQUE (event_id, name),
        -- Lets sponsorships reference (package, event) pairs, so their event copy cannot drift.
        CONSTRAINT uq_sponsorship_package_id_event UNIQUE (id, event_id)
      )`);
    await db.query(`CREATE INDEX ix_sponsorship_package_event_price ON sponsorship_package (event_id, price DESC)`);
    await db.query(
      `CREATE INDEX ix_sponsorship_package_booth_proposal ON sponsorship_package (booth_proposal_id) WHERE booth_proposal_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX ix_sponsorship_package_sales_close_at ON sponsorship_package (sales_close_at)`);
    await db.query(`CREATE INDEX ix_sponsorship_package_search ON sponsorship_package USING gin (name gin_trgm_ops)`);

    // One row per purchase attempt. `checkout_key` is the Stripe idempotency key of its checkout, so a
    // retried request cannot open a second session; the Stripe ids are unique so that a webhook can
    // only ever match one sponsorship.
    await db.query(`
      CREATE TABLE sponsorship (
        id                          serial PRIMARY KEY,
        package_id                  int NOT NULL,
        event_id                    int NOT NULL,
        sponsor_id                  int NOT NULL CONSTRAINT fk_sponsorship_sponsor REFERENCES sponsor (id),
        status                      text NOT NULL DEFAULT 'pending' CONSTRAINT ck_sponsorship_status CHECK (
                                      status IN ('pending', 'paid', 'partially_refunded', 'refunded', 'expired', 'cancelled', 'disputed')),
        payment_method              text NOT NULL
                                      CONSTRAINT ck_sponsorship_payment_method CHECK (payment_method IN ('card', 'bank_transfer')),
        amount                      bigint NOT NULL CONSTRAINT ck_sponsorship_amount CHECK (amount > 0),
        currency                    char(3) NOT NULL,
        amount_refunded             bigint NOT NULL DEFAULT 0,
        refund_pending              bigint NOT NULL DEFAULT 0 CONSTRAINT ck_sponsorship_refund_pending CHECK (refund_pending >= 0),
        checkout_key                uuid NOT NULL CONSTRAINT uq_sponsorship_checkout_key UNIQUE,
        checkout_url                text,
        stripe_checkout_session_id  text CONSTRAINT uq_sponsorship_stripe_checkout_session UNIQUE,
        stripe_payment_intent_id    text CONSTRAINT uq_sponsorship_stripe_payment_intent UNIQUE,
        payment_reference           text,
        hold_expires_at             timestamptz,
        paid_at                     timestamptz,
        created_by                  int CONSTRAINT fk_sponsorship_created_by REFERENCES app_user (id) ON DELETE SET NULL,
        version                     int NOT NULL DEFAULT 1,
        created_at                  timestamptz NOT NULL DEFAULT now(),
        updated_at                  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_sponsorship_package FOREIGN KEY (package_id, event_id) REFERENCES sponsorship_package (id, event_id),
        CONSTRAINT ck_sponsorship_amount_refunded CHECK (amount_refunded >= 0 AND amount_refunded <= amount),
        CONSTRAINT ck_sponsorship_paid_at CHECK (status IN ('pending', 'expired', 'cancelled') OR paid_at IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX ix_sponsorship_package_status ON sponsorship (package_id, status)`);
    await db.query(`CREATE INDEX ix_sponsorship_event_status ON sponsorship (event_id, status)`);
    await db.query(`CREATE INDEX ix_sponsorship_sponsor ON sponsorship (sponsor_id, created_at)`);
    await db.query(`CREATE INDEX ix_sponsorship_status ON sponsorship (status, created_at)`);
    await db.query(`CREATE INDEX ix_sponsorship_created_at ON sponsorship (created_at)`);
    await db.query(`CREATE INDEX ix_sponsorship_pending_hold ON sponsorship (hold_expires_at) WHERE status = 'pending'`);

    // Every Stripe event applied, by Stripe's id: the primary key is what makes a redelivery a no-op.
    await db.query(`
      CREATE TABLE stripe_event (
        id                 text PRIMARY KEY,
        type               text NOT NULL,
        stripe_created_at  timestamptz NOT NULL,
        livemode           boolean NOT NULL DEFAULT false,
        sponsorship_id     int CONSTRAINT fk_stripe_event_sponsorship REFERENCES sponsorship (id),
        -- applied: changed a sponsorship; ignored: a type or object we do not act on; repaired: by reconciliation.
        outcome            text NOT NULL CONSTRAINT ck_stripe_event_outcome CHECK (outcome IN ('applied', 'ignored', 'repaired')),
        payload            jsonb NOT NULL,
        received_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_stripe_event_sponsorship ON stripe_event (sponsorship_id) WHERE sponsorship_id IS NOT NULL`);
    await db.query(`CREATE INDEX ix_stripe_event_received_at ON stripe_event (received_at)`);

    // Sponsorship money in the books: the row names its sponsorship, and a key that makes the same
    // income or refund impossible to append twice, whatever path (webhook, reconciliation) tries.
    await db.query(
      `ALTER TABLE ledger_entry ADD COLUMN sponsorship_id int CONSTRAINT fk_ledger_entry_sponsorship REFERENCES sponsorship (id)`,
    );
    await db.query(`ALTER TABLE ledger_entry ADD COLUMN dedupe_key text`);
    await db.query(`CREATE INDEX ix_ledger_entry_sponsorship ON ledger_entry (sponsorship_id) WHERE sponsorship_id IS NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX uq_ledger_entry_dedupe_key ON ledger_entry (dedupe_key) WHERE dedupe_key IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX uq_ledger_entry_dedupe_key`);
    await db.query(`DROP INDEX ix_ledger_entry_sponsorship`);
    // The append-only trigger fires on UPDATE/DELETE only, so dropping columns is allowed.
    await db.query(`ALTER TABLE ledger_entry DROP COLUMN dedupe_key`);
    await db.query(`ALTER TABLE ledger_entry DROP COLUMN sponsorship_id`);
    await db.query(`DROP TABLE stripe_event`);
    await db.query(`DROP TABLE sponsorship`);
    await db.query(`DROP TABLE sponsorship_package`);
    await db.query(`DROP TABLE sponsor_contact`);
    await db.query(`DROP TABLE sponsor`);
  }
}
