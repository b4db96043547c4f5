import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BoothProgram1764200000000 implements MigrationInterface {
  name = 'BoothProgram1764200000000';

  async up(db: QueryRunner): Promise<void> {
    // The catalogue of booth materials; stock columns arrive with shipments.
    await db.query(`
      CREATE TABLE inventory_item (
        id          serial PRIMARY KEY,
        sku         text NOT NULL CONSTRAINT ck_inventory_item_sku CHECK (sku ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$'),
        name        text NOT NULL,
        unit        text NOT NULL,
        version     int NOT NULL DEFAULT 1,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_inventory_item_sku ON inventory_item (sku)`);
    await db.query(`CREATE INDEX ix_inventory_item_name ON inventory_item (name)`);
    await db.query(`CREATE INDEX ix_inventory_item_search ON inventory_item USING gin ((sku || ' ' || name) gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE booth_proposal (
        id                  serial PRIMARY KEY,
        event_id            int CONSTRAINT fk_booth_proposal_event REFERENCES event (id),
        -- A new event the member describes; the organizer creates it on approval.
        new_event           jsonb,
        proposer_id         int NOT NULL CONSTRAINT fk_booth_proposal_proposer REFERENCES app_user (id),
        reviewer_id         int CONSTRAINT fk_booth_proposal_reviewer REFERENCES app_user (id) ON DELETE SET NULL,
        status              text NOT NULL DEFAULT 'draft' CONSTRAINT ck_booth_proposal_status CHECK (status IN (
                              'draft', 'submitted', 'in_review', 'changes_requested', 'approved', 'funded', 'shipped',
                              'held', 'reported', 'closed', 'rejected', 'withdrawn', 'cancelled')),
        pitch               text NOT NULL,
        expected_attendance int CONSTRAINT ck_booth_proposal_attendance CHECK (expected_attendance >= 0),
        staffing_plan       text,
        fee_requested       bigint NOT NULL DEFAULT 0 CONSTRAINT ck_booth_proposal_fee_requested CHECK (fee_requested >= 0),
        currency            char(3) NOT NULL,
        fee_approved        bigint CONSTRAINT ck_booth_proposal_fee_approved CHECK (fee_approved >= 0),
        approved_currency   char(3),
        -- 1 unit of currency in approved_currency, as the organizer recorded it when approving.
        exchange_rate       numeric(20, 10) CONSTRAINT ck_booth_proposal_exchange_rate CHECK (exchange_rate > 0),
        budget_id           int CONSTRAINT fk_booth_proposal_budget REFERENCES budget (id),
        over_budget_reason  text,
        banner              text NOT NULL DEFAULT 'none' CONSTRAINT ck_booth_proposal_banner CHECK (banner IN ('none',
          'ship_existing', 'order_new')),
        -- A banner asset; its foreign key comes with the banners table.
        banner_id           int,
        banner_approved     boolean,
        shipping_address    jsonb,
        needed_by           date,
        receiving_from      date,
        receiving_to        date,
        opening_hours       jsonb,
        review_note         text,
        report_visitors     int CONSTRAINT ck_booth_proposal_report_visitors CHECK (report_visitors >= 0),
        report_leads        int CONSTRAINT ck_booth_proposal_report_leads CHECK (report_leads >= 0),
        report_actual_spend bigint CONSTRAINT ck_booth_proposal_report_spend CHECK (report_actual_spend >= 0),
        report_currency     char(3),
        report_lessons      text,
        reported_at         timestamptz,
        status_changed_at   timestamptz NOT NULL DEFAULT now(),
        version             int NOT NULL DEFAULT 1,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_booth_proposal_event CHECK (event_id IS NOT NULL OR new_event IS NOT NULL),
        CONSTRAINT ck_booth_proposal_receiving_window CHECK (receiving_to >= receiving_from),
        CONSTRAINT ck_booth_proposal_approval CHECK ((fee_approved IS NULL) = (approved_currency IS NULL))
      )`);
    await db.query(`CREATE INDEX ix_booth_proposal_status ON booth_proposal (status, status_changed_at)`);
    await db.query(`CREATE INDEX ix_booth_proposal_proposer ON booth_proposal (proposer_id, created_at)`);
    await db.query(`CREATE INDEX ix_booth_proposal_event ON booth_proposal (event_id)`);
    await db.query(`CREATE INDEX ix_booth_proposal_created_at ON booth_proposal (created_at)`);
    await db.query(`CREATE INDEX ix_booth_proposal_search ON booth_proposal USING gin (pitch gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE booth_proposal_material (
        booth_proposal_id  int NOT NULL CONSTRAINT fk_booth_proposal_material_proposal REFERENCES booth_proposal (id) ON DELETE CASCADE,
        item_id            int NOT NULL CONSTRAINT fk_booth_proposal_material_item REFERENCES inventory_item (id),
        quantity           int NOT NULL CONSTRAINT ck_booth_proposal_material_quantity CHECK (quantity > 0),
        quantity_approved  int CONSTRAINT ck_booth_proposal_material_approved CHECK (quantity_approved >= 0),
        CONSTRAINT pk_booth_proposal_material PRIMARY KEY (booth_proposal_id, item_id)
      )`);
    await db.query(`CREATE INDEX ix_booth_proposal_material_item ON booth_proposal_material (item_id)`);

    await db.query(`
      CREATE TABLE booth_proposal_photo (
        id                 serial PRIMARY KEY,
        booth_proposal_id  int NOT NULL CONSTRAINT fk_booth_proposal_photo_proposal REFERENCES booth_proposal (id) ON DELETE CASCADE,
        storage_key        text NOT NULL,
        media_type         text NOT NULL,
        size_bytes         int NOT NULL,
        uploaded_by        int CONSTRAINT fk_booth_proposal_photo_uploader REFERENCES app_user (id) ON DELETE SET NULL,
        created_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_booth_proposal_photo_key ON booth_proposal_photo (storage_key)`);
    await db.query(`CREATE INDEX ix_booth_proposal_photo_proposal ON booth_proposal_photo (booth_proposal_id, created_at)`);

    await db.query(`
      CREATE TABLE booth_shift (
        id                 serial PRIMARY KEY,
        booth_proposal_id  int NOT NULL CONSTRAINT fk_booth_shift_proposal REFERENCES booth_proposal (id),
        user_id            int NOT NULL CONSTRAINT fk_booth_shift_user REFERENCES app_user (id),
        day                date NOT NULL,
        start_time         time NOT NULL,
        end_time           time NOT NULL,
        status             text NOT NULL DEFAULT 'offered' CONSTRAINT ck_booth_shift_status CHECK (status IN ('offered',
          'confirmed', 'declined', 'cancelled')),
        note               text,
        version            int NOT NULL DEFAULT 1,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_booth_shift_times CHECK (end_time > start_time)
      )`);
    await db.query(`CREATE INDEX ix_booth_shift_proposal ON booth_shift (booth_proposal_id, day, start_time)`);
    await db.query(`CREATE INDEX ix_booth_shift_user_day ON booth_shift (user_id, day)`);
    await db.query(`CREATE INDEX ix_booth_shift_status ON booth_shift (status, day)`);

    await db.query(
      `ALTER TABLE ledger_entry ADD CONSTRAINT fk_ledger_entry_booth_proposal FOREIGN KEY (booth_proposal_id) REFERENCES ` +
        `booth_proposal (id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ledger_entry DROP CONSTRAINT fk_ledger_entry_booth_proposal`);
    await db.query(`DROP TABLE booth_shift`);
    await db.query(`DROP TABLE booth_proposal_photo`);
    await db.query(`DROP TABLE booth_proposal_material`);
    await db.query(`DROP TABLE booth_proposal`);
    await db.query(`DROP TABLE inventory_item`);
  }
}
