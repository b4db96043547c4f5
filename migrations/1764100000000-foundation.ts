import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  async up(db: QueryRunner): Promise<void> {
    // Trigram indexes back the `q` search of every list.
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await db.query(`
      CREATE TABLE app_user (
        id            serial PRIMARY KEY,
        email         text NOT NULL,
        name          text NOT NULL,
        affiliation   text,
        country       char(2),
        role          text NOT NULL CONSTRAINT ck_app_user_role CHECK (role IN ('member', 'organizer')),
        disabled      boolean NOT NULL DEFAULT false,
        password_hash text NOT NULL,
        version       int NOT NULL DEFAULT 1,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_app_user_email ON app_user (lower(email))`);
    await db.query(
      `CREATE INDEX ix_app_user_search ON app_user USING gin ((name || ' ' || email || ' ' || coalesce(affiliation, '')) gin_trgm_ops)`,
    );
    await db.query(`CREATE INDEX ix_app_user_name ON app_user (name)`);

    await db.query(`
      CREATE TABLE event (
        id                serial PRIMARY KEY,
        slug              text NOT NULL,
        name              text NOT NULL,
        kind              text NOT NULL CONSTRAINT ck_event_kind CHECK (kind IN ('summit', 'conference', 'meetup', 'tradeshow')),
        start_date        date NOT NULL,
        end_date          date NOT NULL,
        time_zone         text NOT NULL,
        venue             text,
        city              text,
        country           char(2),
        host_organization text,
        website           text,
        description       text,
        status            text NOT NULL DEFAULT 'planned' CONSTRAINT ck_event_status CHECK (status IN ('planned', 'confirmed',
          'held', 'cancelled')),
        version           int NOT NULL DEFAULT 1,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_event_dates CHECK (end_date >= start_date)
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_event_slug ON event (slug)`);
    await db.query(`CREATE INDEX ix_event_start_date ON event (start_date)`);
    await db.query(`CREATE INDEX ix_event_status ON event (status, start_date)`);
    await db.query(`CREATE INDEX ix_event_name ON event (name)`);
    await db.query(
      `CREATE INDEX ix_event_search ON event USING gin ((name || ' ' || coalesce(city, '') || ' ' || coalesce(venue, '') || ' ' ` +
        `|| coalesce(host_organization, '')) gin_trgm_ops)`,
    );

    await db.query(`
      CREATE TABLE audit_log (
        id          bigserial PRIMARY KEY,
        at          timestamptz NOT NULL DEFAULT now(),
        actor_id    int REFERENCES app_user (id) ON DELETE SET NULL,
        actor_name  text,
        entity      text NOT NULL,
        entity_id   text NOT NULL,
        action      text NOT NULL,
        from_state  text,
        to_state    text,
        changes     jsonb,
        note        text
      )`);
    await db.query(`CREATE INDEX ix_audit_log_record ON audit_log (entity, entity_id, at)`);
    await db.query(`CREATE INDEX ix_audit_log_at ON audit_log (at)`);

    // Login and register attempts per client, shared by every API replica.
    await db.query(`
      CREATE TABLE rate_limit (
        key            text PRIMARY KEY,
        hits           int NOT NULL,
        window_ends_at timestamptz NOT NULL,
        blocked_until  timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limit`);
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP TABLE event`);
    await db.query(`DROP TABLE app_user`);
  }
}
