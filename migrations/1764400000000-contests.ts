import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Contests1764400000000 implements MigrationInterface {
  name = 'Contests1764400000000';

  async up(db: QueryRunner): Promise<void> {
    // The stage holds the organizer's decisions; the status people see is derived from it and the windows.
    await db.query(`
      CREATE TABLE contest (
        id                serial PRIMARY KEY,
        title             text NOT NULL,
        rules             text NOT NULL DEFAULT '',
        prize             bigint NOT NULL CONSTRAINT ck_contest_prize CHECK (prize > 0),
        currency          char(3) NOT NULL,
        license           text NOT NULL,
        time_zone         text NOT NULL DEFAULT 'UTC',
        entries_open_at   timestamptz NOT NULL,
        entries_close_at  timestamptz NOT NULL,
        voting_opens_at   timestamptz NOT NULL,
        voting_closes_at  timestamptz NOT NULL,
        stage             text NOT NULL DEFAULT 'draft' CONSTRAINT ck_contest_stage CHECK (stage IN ('draft', 'published',
          'closed', 'awarded')),
        winner_entry_id   int,
        awarded_at        timestamptz,
        version           int NOT NULL DEFAULT 1,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_contest_windows CHECK (entries_close_at > entries_open_at AND voting_opens_at >= entries_close_at AND
          voting_closes_at > voting_opens_at),
        CONSTRAINT ck_contest_winner CHECK ((stage = 'awarded') = (winner_entry_id IS NOT NULL) AND (winner_entry_id IS NULL) =
          (awarded_at IS NULL))
      )`);
    await db.query(`CREATE INDEX ix_contest_entries_open_at ON contest (entries_open_at)`);
    await db.query(`CREATE INDEX ix_contest_voting_closes_at ON contest (voting_closes_at)`);
    await db.query(`CREATE INDEX ix_contest_title ON contest (title)`);
    await db.query(`CREATE INDEX ix_contest_search ON contest USING gin (title gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE contest_entry (
        id                   serial PRIMARY KEY,
        contest_id           int NOT NULL CONSTRAINT fk_contest_entry_contest REFERENCES contest (id),
        author_id            int NOT NULL CONSTRAINT fk_contest_entry_author REFERENCES app_user (id),
        title                text NOT NULL,
        description          text NOT NULL,
        license              text NOT NULL,
        license_accepted_at  timestamptz NOT NULL,
        status               text NOT NULL DEFAULT 'pending' CONSTRAINT ck_contest_entry_status CHECK (status IN ('pending',
          'approved', 'hidden')),
        hidden_reason        text,
        artwork_key          text,
        artwork_type         text CONSTRAINT ck_contest_entry_artwork_type CHECK (artwork_type IN ('image/png', 'image/jpeg',
          'image/webp', 'image/svg+xml')),
        thumbnail_key        text,
        version              int NOT NULL DEFAULT 1,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_contest_entry_hidden_reason CHECK (status <> 'hidden' OR hidden_reason IS NOT NULL),
        CONSTRAINT ck_contest_entry_artwork CHECK ((artwork_key IS NULL) = (artwork_type IS NULL) AND (artwork_key IS NULL) =
          (thumbnail_key IS NULL)),
        -- Lets votes and the winner reference (contest, entry) pairs, so neither can point into another contest.
        CONSTRAINT uq_contest_entry_contest_id UNIQUE (contest_id, id)
      )`);
    await db.query(`CREATE INDEX ix_contest_entry_contest_status ON contest_entry (contest_id, status)`);
    await db.query(`CREATE INDEX ix_contest_entry_author ON contest_entry (author_id)`);
    await db.query(`CREATE INDEX ix_contest_entry_created_at ON contest_entry (created_at)`);
    await db.query(`CREATE INDEX ix_contest_entry_title ON contest_entry (title)`);
    await db.query(`CREATE INDEX ix_contest_entry_search ON contest_entry USING gin ((title || ' ' || description) gin_trgm_ops)`);
    await db.query(`
      ALTER TABLE contest ADD CONSTRAINT fk_contest_winner_entry
        FOREIGN KEY (id, winner_entry_id) REFERENCES contest_entry (contest_id, id)`);

    // One vote per member per contest is the database's rule, so concurrent requests cannot add a second.
    await db.query(`
      CREATE TABLE vote (
        id          serial PRIMARY KEY,
        contest_id  int NOT NULL CONSTRAINT fk_vote_contest REFERENCES contest (id),
        entry_id    int NOT NULL,
        voter_id    int NOT NULL CONSTRAINT fk_vote_voter REFERENCES app_user (id),
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fk_vote_entry FOREIGN KEY (contest_id, entry_id) REFERENCES contest_entry (contest_id, id),
        CONSTRAINT uq_vote_contest_voter UNIQUE (contest_id, voter_id)
      )`);
    await db.query(`CREATE INDEX ix_vote_entry ON vote (entry_id)`);
    await db.query(`CREATE INDEX ix_vote_voter ON vote (voter_id)`);

    await db.query(`ALTER TABLE ledger_entry ADD CONSTRAINT fk_ledger_entry_contest FOREIGN KEY (contest_id) REFERENCES contest (id)`);
    // A prize is paid once: a second award (a double click, a retry) fails here even if a check is missed.
    await db.query(
      `CREATE UNIQUE INDEX uq_ledger_entry_contest_prize ON ledger_entry (contest_id) WHERE kind = 'payment' AND contest_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX uq_ledger_entry_contest_prize`);
    await db.query(`ALTER TABLE ledger_entry DROP CONSTRAINT fk_ledger_entry_contest`);
    await db.query(`DROP TABLE vote`);
    await db.query(`ALTER TABLE contest DROP CONSTRAINT fk_contest_winner_entry`);
    await db.query(`DROP TABLE contest_entry`);
    await db.query(`DROP TABLE contest`);
  }
}
