import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InventoryBannersShipments1764250000000 implements MigrationInterface {
  name = 'InventoryBannersShipments1764250000000';

  async up(db: QueryRunner): Promise<void> {
    // Stock on hand and reserved are derived from stock movements (the trigger below keeps them);
    // the checks make a movement that would take either below zero fail with its transaction.
    await db.query(`
      ALTER TABLE inventory_item
        ADD COLUMN on_hand       int NOT NULL DEFAULT 0,
        ADD COLUMN reserved      int NOT NULL DEFAULT 0,
        ADD COLUMN reorder_level int NOT NULL DEFAULT 0,
        ADD CONSTRAINT ck_inventory_item_on_hand CHECK (on_hand >= 0),
        ADD CONSTRAINT ck_inventory_item_reserved CHECK (reserved >= 0 AND reserved <= on_hand),
        ADD CONSTRAINT ck_inventory_item_reorder_level CHECK (reorder_level >= 0)`);

    await db.query(`
      CREATE TABLE banner (
        id                 serial PRIMARY KEY,
        tag                text NOT NULL CONSTRAINT ck_banner_tag CHECK (tag ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$'),
        description        text NOT NULL,
        condition          text NOT NULL,
        location           text NOT NULL DEFAULT 'warehouse' CONSTRAINT ck_banner_location CHECK (location IN ('warehouse',
          'in_transit', 'at_event', 'lost')),
        -- The booth it is at, or travelling to or from.
        booth_proposal_id  int CONSTRAINT fk_banner_booth_proposal REFERENCES booth_proposal (id),
        -- The open shipment carrying it: one at a time (foreign key below, once shipment exists).
        shipment_id        int,
        lost_reason        text,
        version            int NOT NULL DEFAULT 1,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_banner_lost_reason CHECK (location <> 'lost' OR lost_reason IS NOT NULL),
        CONSTRAINT ck_banner_away_has_booth CHECK (location NOT IN ('in_transit', 'at_event') OR booth_proposal_id IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_banner_tag ON banner (tag)`);
    await db.query(`CREATE INDEX ix_banner_location ON banner (location, tag)`);
    await db.query(`CREATE INDEX ix_banner_booth_proposal ON banner (booth_proposal_id) WHERE booth_proposal_id IS NOT NULL`);
    await db.query(`CREATE INDEX ix_banner_search ON banner USING gin ((tag || ' ' || description) gin_trgm_ops)`);
    await db.query(`ALTER TABLE booth_proposal ADD CONSTRAINT fk_booth_proposal_banner FOREIGN KEY (banner_id) REFERENCES banner (id)`);

    await db.query(`
      CREATE TABLE shipment (
        id                     serial PRIMARY KEY,
        booth_proposal_id      int NOT NULL CONSTRAINT fk_shipment_booth_proposal REFERENCES booth_proposal (id),
        -- A forward: banners go straight from this booth to booth_proposal_id.
        from_booth_proposal_id int CONSTRAINT fk_shipment_from_booth_proposal REFERENCES booth_proposal (id),
        direction              text NOT NULL CONSTRAINT ck_shipment_direction CHECK (direction IN ('outbound', 'return')),
        status                 text NOT NULL DEFAULT 'requested' CONSTRAINT ck_shipment_status CHECK (status IN ('requested',
          'packed', 'shipped', 'delivered', 'lost', 'cancelled')),
        ship_to                jsonb,
        carrier                text CONSTRAINT ck_shipment_carrier CHECK (carrier IN ('UPS', 'FedEx', 'DHL', 'USPS', 'other')),
        service                text,
        tracking_number        text,
        cost                   bigint CONSTRAINT ck_shipment_cost CHECK (cost >= 0),
        currency               char(3),
        ledger_entry_id        bigint CONSTRAINT fk_shipment_ledger_entry REFERENCES ledger_entry (id),
        note                   text,
        closed_reason          text,
        packed_at              timestamptz,
        shipped_at             timestamptz,
        delivered_at           timestamptz,
        version                int NOT NULL DEFAULT 1,
        created_at             timestamptz NOT NULL DEFAULT now(),
        updated_at             timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_shipment_cost_currency CHECK (cost IS NULL OR currency IS NOT NULL),
        CONSTRAINT ck_shipment_tracked CHECK (status NOT IN ('shipped', 'delivered', 'lost') OR (carrier IS NOT NULL AND
          tracking_number IS NOT NULL AND ship_to IS NOT NULL)),
        CONSTRAINT ck_shipment_forward CHECK (from_booth_proposal_id IS NULL OR (direction = 'outbound' AND
          from_booth_proposal_id <> booth_proposal_id))
      )`);
    await db.query(`CREATE INDEX ix_shipment_booth_proposal ON shipment (booth_proposal_id, status)`);
    await db.query(
      `CREATE INDEX ix_shipment_from_booth_proposal ON shipment (from_booth_proposal_id) WHERE from_booth_proposal_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX ix_shipment_status ON shipment (status, created_at)`);
    await db.query(`CREATE INDEX ix_shipment_created_at ON shipment (created_at)`);
    await db.query(`CREATE INDEX ix_shipment_shipped_at ON shipment (shipped_at)`);
    await db.query(
      `CREATE INDEX ix_shipment_search ON shipment USING gin ((coalesce(tracking_number, '') || ' ' || ` +
        `coalesce(ship_to->>'name', '') || ' ' || coalesce(ship_to->>'city', '')) gin_trgm_ops)`,
    );
    await db.query(`ALTER TABLE banner ADD CONSTRAINT fk_banner_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id)`);
    await db.query(`ALTER TABLE ledger_entry ADD CONSTRAINT fk_ledger_entry_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id)`);
    await db.query(`CREATE INDEX ix_ledger_entry_shipment ON ledger_entry (shipment_id) WHERE shipment_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE shipment_line (
        id           serial PRIMARY KEY,
        shipment_id  int NOT NULL CONSTRAINT fk_shipment_line_shipment REFERENCES shipment (id) ON DELETE CASCADE,
        item_id      int CONSTRAINT fk_shipment_line_item REFERENCES inventory_item (id),
        quantity     int CONSTRAINT ck_shipment_line_quantity CHECK (quantity > 0),
        banner_id    int CONSTRAINT fk_shipment_line_banner REFERENCES banner (id),
        condition    text,
        CONSTRAINT ck_shipment_line_kind CHECK (
          (item_id IS NOT NULL AND quantity IS NOT NULL AND banner_id IS NULL AND condition IS NULL)
          OR (banner_id IS NOT NULL AND item_id IS NULL AND quantity IS NULL)),
        CONSTRAINT uq_shipment_line_item UNIQUE (shipment_id, item_id),
        CONSTRAINT uq_shipment_line_banner UNIQUE (shipment_id, banner_id)
      )`);
    await db.query(`CREATE INDEX ix_shipment_line_item ON shipment_line (item_id) WHERE item_id IS NOT NULL`);
    await db.query(`CREATE INDEX ix_shipment_line_banner ON shipment_line (banner_id) WHERE banner_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE stock_movement (
        id           bigserial PRIMARY KEY,
        item_id      int NOT NULL CONSTRAINT fk_stock_movement_item REFERENCES inventory_item (id),
        kind         text NOT NULL CONSTRAINT ck_stock_movement_kind CHECK (kind IN ('restock', 'reserve', 'release', 'ship',
          'return', 'write_off')),
        quantity     int NOT NULL CONSTRAINT ck_stock_movement_quantity CHECK (quantity > 0),
        on_hand_delta  int NOT NULL,
        reserved_delta int NOT NULL,
        shipment_id  int CONSTRAINT fk_stock_movement_shipment REFERENCES shipment (id),
        actor_id     int CONSTRAINT fk_stock_movement_actor REFERENCES app_user (id) ON DELETE SET NULL,
        actor_name   text,
        note         text,
        created_at   timestamptz NOT NULL DEFAULT now(),
        -- The deltas follow from the kind (contracts' StockEffects); stored so sums need no CASE.
        CONSTRAINT ck_stock_movement_effect CHECK (
          (kind = 'restock'   AND on_hand_delta =  quantity AND reserved_delta = 0) OR
          (kind = 'reserve'   AND on_hand_delta = 0         AND reserved_delta =  quantity) OR
          (kind = 'release'   AND on_hand_delta = 0         AND reserved_delta = -quantity) OR
          (kind = 'ship'      AND on_hand_delta = -quantity AND reserved_delta = -quantity) OR
          (kind = 'return'    AND on_hand_delta =  quantity AND reserved_delta = 0) OR
          (kind = 'write_off' AND on_hand_delta = -quantity AND reserved_delta = 0)),
        CONSTRAINT ck_stock_movement_reason CHECK (kind <> 'write_off' OR note IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX ix_stock_movement_item ON stock_movement (item_id, created_at)`);
    await db.query(`CREATE INDEX ix_stock_movement_shipment ON stock_movement (shipment_id) WHERE shipment_id IS NOT NULL`);
    await db.query(`CREATE INDEX ix_stock_movement_created_at ON stock_movement (created_at)`);
    await db.query(`
      CREATE FUNCTION stock_movement_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE inventory_item SET on_hand = on_hand + NEW.on_hand_delta, reserved = reserved + NEW.reserved_delta WHERE id = NEW.item_id;
        RETURN NEW;
      END $$`);
    await db.query(
      `CREATE TRIGGER tr_stock_movement_apply AFTER INSERT ON stock_movement FOR EACH ROW EXECUTE FUNCTION stock_movement_apply()`,
    );

    // A banner's chain of custody: one row per hand-over, with its condition at that moment.
    await db.query(`
      CREATE TABLE banner_hand_over (
        id                 bigserial PRIMARY KEY,
        banner_id          int NOT NULL CONSTRAINT fk_banner_hand_over_banner REFERENCES banner (id) ON DELETE CASCADE,
        from_location      text,
        to_location        text NOT NULL,
        holder             text NOT NULL,
        condition          text,
        note               text,
        shipment_id        int CONSTRAINT fk_banner_hand_over_shipment REFERENCES shipment (id),
        booth_proposal_id  int CONSTRAINT fk_banner_hand_over_booth_proposal REFERENCES booth_proposal (id),
        actor_id           int CONSTRAINT fk_banner_hand_over_actor REFERENCES app_user (id) ON DELETE SET NULL,
        actor_name         text,
        created_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_banner_hand_over_banner ON banner_hand_over (banner_id, id)`);

    // Stock movements and hand-overs are history: rows are only ever added.
    await db.query(`
      CREATE FUNCTION history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'check_violation';
      END $$`);
    await db.query(
      `CREATE TRIGGER tr_stock_movement_append_only BEFORE UPDATE OR DELETE ON stock_movement FOR EACH ROW EXECUTE FUNCTION ` +
        `history_append_only()`,
    );
    await db.query(
      `CREATE TRIGGER tr_banner_hand_over_append_only BEFORE UPDATE ON banner_hand_over FOR EACH ROW EXECUTE FUNCTION ` +
        `history_append_only()`,
    );

    // A new banner bought for a booth: the order is an expense now, the banner an asset on arrival.
    await db.query(`
      CREATE TABLE banner_order (
        id                 serial PRIMARY KEY,
        booth_proposal_id  int NOT NULL CONSTRAINT fk_banner_order_booth_proposal REFERENCES booth_proposal (id),
        description        text NOT NULL,
        cost               bigint NOT NULL CONSTRAINT ck_banner_order_cost CHECK (cost > 0),
        currency           char(3) NOT NULL,
        supplier           text,
        ledger_entry_id    bigint NOT NULL CONSTRAINT fk_banner_order_ledger_entry REFERENCES ledger_entry (id),
        banner_id          int CONSTRAINT fk_banner_order_banner REFERENCES banner (id),
        actor_id           int CONSTRAINT fk_banner_order_actor REFERENCES app_user (id) ON DELETE SET NULL,
        created_at         timestamptz NOT NULL DEFAULT now(),
        received_at        timestamptz,
        CONSTRAINT ck_banner_order_received CHECK ((banner_id IS NULL) = (received_at IS NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_banner_order_banner ON banner_order (banner_id) WHERE banner_id IS NOT NULL`);
    await db.query(`CREATE INDEX ix_banner_order_booth_proposal ON banner_order (booth_proposal_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE banner_order`);
    await db.query(`DROP TABLE banner_hand_over`);
    await db.query(`DROP TABLE stock_movement`);
    await db.query(`DROP FUNCTION history_append_only()`);
    await db.query(`DROP FUNCTION stock_movement_apply()`);
    await db.query(`DROP TABLE shipment_line`);
    await db.query(`DROP INDEX ix_ledger_entry_shipment`);
    await db.query(`ALTER TABLE ledger_entry DROP CONSTRAINT fk_ledger_entry_shipment`);
    await db.query(`ALTER TABLE banner DROP CONSTRAINT fk_banner_shipment`);
    await db.query(`DROP TABLE shipment`);
    await db.query(`ALTER TABLE booth_proposal DROP CONSTRAINT fk_booth_proposal_banner`);
    await db.query(`DROP TABLE banner`);
    await db.query(`
      ALTER TABLE inventory_item
        DROP CONSTRAINT ck_inventory_item_reorder_level,
        DROP CONSTRAINT ck_inventory_item_reserved,
        DROP CONSTRAINT ck_inventory_item_on_hand,
        DROP COLUMN reorder_level,
        DROP COLUMN reserved,
        DROP COLUMN on_hand`);
  }
}
