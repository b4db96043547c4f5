import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CallForPapers1764300000000 implements MigrationInterface {
  name = 'CallForPapers1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE committee (
        id          serial PRIMARY KEY,
        event_id    int NOT NULL CONSTRAINT fk_committee_event REFERENCES event (id),
        name        text NOT NULL,
        version     int NOT NULL DEFAULT 1,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_committee_event UNIQUE (event_id)
      )`);

    await db.query(`
      CREATE TABLE committee_seat (
        id                serial PRIMARY KEY,
        committee_id      int NOT NULL CONSTRAINT fk_committee_seat_committee REFERENCES committee (id) ON DELETE CASCADE,
        user_id           int NOT NULL CONSTRAINT fk_committee_seat_user REFERENCES app_user (id),
        role              text NOT NULL CONSTRAINT ck_committee_seat_role CHECK (role IN ('chair', 'reviewer')),
        affiliation       text,
        track_preferences text[] NOT NULL DEFAULT '{}',
        version           int NOT NULL DEFAULT 1,
        created_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_committee_seat_member UNIQUE (committee_id, user_id)
      )`);
    await db.query(`CREATE INDEX ix_committee_seat_user ON committee_seat (user_id)`);

    // Declared conflicts belong to the reviewer, not to one committee: a conflict with a colleague
    // holds at every summit.
    await db.query(`
      CREATE TABLE conflict (
        id            serial PRIMARY KEY,
        reviewer_id   int NOT NULL CONSTRAINT fk_conflict_reviewer REFERENCES app_user (id) ON DELETE CASCADE,
        user_id       int CONSTRAINT fk_conflict_user REFERENCES app_user (id) ON DELETE CASCADE,
        organization  text,
        note          text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_conflict_target CHECK ((user_id IS NULL) <> (organization IS NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_conflict_person ON conflict (reviewer_id, user_id) WHERE user_id IS NOT NULL`);
    await db.query(
      `CREATE UNIQUE INDEX uq_conflict_organization ON conflict (reviewer_id, lower(btrim(organization))) WHERE organization IS NOT NULL`,
    );
    await db.query(`CREATE INDEX ix_conflict_user ON conflict (user_id)`);
    await db.query(`CREATE INDEX ix_conflict_organization ON conflict (lower(btrim(organization)))`);

    await db.query(`
      CREATE TABLE cfp (
        id                      serial PRIMARY KEY,
        event_id                int NOT NULL CONSTRAINT fk_cfp_event REFERENCES event (id),
        title                   text,
        description             text,
        opens_at                timestamptz NOT NULL,
        closes_at               timestamptz NOT NULL,
        time_zone               text NOT NULL,
        review_opens_at         timestamptz NOT NULL,
        review_closes_at        timestamptz NOT NULL,
        anonymous_review        boolean NOT NULL DEFAULT true,
        reviews_per_submission  int NOT NULL DEFAULT 3 CONSTRAINT ck_cfp_reviews_per_submission CHECK (reviews_per_submission
          BETWEEN 1 AND 10),
        formats                 jsonb NOT NULL,
        tracks                  text[] NOT NULL DEFAULT '{}',
        editable_after_close    text[] NOT NULL DEFAULT '{}',
        phases                  jsonb NOT NULL DEFAULT '[]',
        decisions_released_at   timestamptz,
        version                 int NOT NULL DEFAULT 1,
        created_at              timestamptz NOT NULL DEFAULT now(),
        updated_at              timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_cfp_event UNIQUE (event_id),
        CONSTRAINT ck_cfp_window CHECK (closes_at > opens_at),
        CONSTRAINT ck_cfp_review_window CHECK (review_closes_at > review_opens_at)
      )`);

    await db.query(`
      CREATE TABLE submission (
        id                serial PRIMARY KEY,
        cfp_id            int NOT NULL CONSTRAINT fk_submission_cfp REFERENCES cfp (id),
        submitter_id      int NOT NULL CONSTRAINT fk_submission_submitter REFERENCES app_user (id),
        title             text NOT NULL,
        abstract          text NOT NULL,
        format            text NOT NULL,
        track             text,
        level             text CONSTRAINT ck_submission_level CHECK (level IN ('beginner', 'intermediate', 'advanced')),
        notes             text,
        status            text NOT NULL DEFAULT 'draft' CONSTRAINT ck_submission_status
                            CHECK (status IN ('draft', 'submitted', 'in_review', 'accepted', 'rejected', 'waitlisted',
                              'confirmed', 'declined', 'withdrawn')),
        pending_decision  text CONSTRAINT ck_submission_pending_decision CHECK (pending_decision IN ('accept', 'reject', 'waitlist')),
        -- Speakers' names and affiliations, kept beside the row for the organizers' search only.
        speaker_search    text NOT NULL DEFAULT '',
        submitted_at      timestamptz,
        decided_at        timestamptz,
        version           int NOT NULL DEFAULT 1,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_submission_cfp_status ON submission (cfp_id, status)`);
    await db.query(`CREATE INDEX ix_submission_submitter ON submission (submitter_id)`);
    await db.query(`CREATE INDEX ix_submission_title ON submission (title)`);
    await db.query(`CREATE INDEX ix_submission_created_at ON submission (created_at)`);
    await db.query(
      `CREATE INDEX ix_submission_search ON submission USING gin ((title || ' ' || abstract || ' ' || coalesce(track, '')) gin_trgm_ops)`,
    );
    await db.query(`CREATE INDEX ix_submission_speaker_search ON submission USING gin (speaker_search gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE submission_speaker (
        id             serial PRIMARY KEY,
        submission_id  int NOT NULL CONSTRAINT fk_submission_speaker_submission REFERENCES submission (id) ON DELETE CASCADE,
        user_id        int CONSTRAINT fk_submission_speaker_user REFERENCES app_user (id),
        email          text NOT NULL,
        name           text,
        affiliation    text,
        status         text NOT NULL CONSTRAINT ck_submission_speaker_status CHECK (status IN ('invited', 'accepted', 'declined')),
        position       int NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_submission_speaker_email ON submission_speaker (submission_id, lower(email))`);
    await db.query(`CREATE INDEX ix_submission_speaker_user ON submission_speaker (user_id)`);
    await db.query(`CREATE INDEX ix_submission_speaker_email ON submission_speaker (lower(email))`);
    await db.query(`CREATE INDEX ix_submission_speaker_affiliation ON submission_speaker (lower(btrim(affiliation)))`);

    await db.query(`
      CREATE TABLE review_assignment (
        id             serial PRIMARY KEY,
        submission_id  int NOT NULL CONSTRAINT fk_review_assignment_submission REFERENCES submission (id) ON DELETE CASCADE,
        reviewer_id    int NOT NULL CONSTRAINT fk_review_assignment_reviewer REFERENCES app_user (id),
        source         text NOT NULL CONSTRAINT ck_review_assignment_source CHECK (source IN ('automatic', 'manual')),
        created_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_review_assignment_pair UNIQUE (submission_id, reviewer_id)
      )`);
    await db.query(`CREATE INDEX ix_review_assignment_reviewer ON review_assignment (reviewer_id)`);

    await db.query(`
      CREATE TABLE review (
        id                    serial PRIMARY KEY,
        submission_id         int NOT NULL CONSTRAINT fk_review_submission REFERENCES submission (id) ON DELETE CASCADE,
        reviewer_id           int NOT NULL CONSTRAINT fk_review_reviewer REFERENCES app_user (id),
        score                 smallint NOT NULL CONSTRAINT ck_review_score CHECK (score BETWEEN -2 AND 2),
        confidence            smallint NOT NULL CONSTRAINT ck_review_confidence CHECK (confidence BETWEEN 1 AND 3),
        comment_to_speakers   text,
        comment_to_committee  text,
        version               int NOT NULL DEFAULT 1,
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_review_submission_reviewer UNIQUE (submission_id, reviewer_id)
      )`);
    await db.query(`CREATE INDEX ix_review_reviewer ON review (reviewer_id)`);

    await db.query(`
      CREATE TABLE agenda_slot (
        id             serial PRIMARY KEY,
        event_id       int NOT NULL CONSTRAINT fk_agenda_slot_event REFERENCES event (id),
        room           text NOT NULL,
        starts_at      timestamptz NOT NULL,
        ends_at        timestamptz NOT NULL,
        submission_id  int CONSTRAINT fk_agenda_slot_submission REFERENCES submission (id),
        title          text,
        version        int NOT NULL DEFAULT 1,
        created_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_agenda_slot_times CHECK (ends_at > starts_at),
        CONSTRAINT uq_agenda_slot_submission UNIQUE (submission_id)
      )`);
    await db.query(`CREATE INDEX ix_agenda_slot_event ON agenda_slot (event_id, starts_at)`);

    // Every (submission, reviewer) pair that must never meet, whatever the reason: the one place the
    // rules of DESIGN §2 live in SQL, so that every query filters through the same definition.
    await db.query(`
      CREATE VIEW submission_conflict AS
        SELECT sp.submission_id, sp.user_id AS reviewer_id, 'speaker' AS reason
          FROM submission_speaker sp
         WHERE sp.user_id IS NOT NULL AND sp.status <> 'declined'
        UNION
        SELECT sp.submission_id, u.id, 'speaker'
          FROM submission_speaker sp JOIN app_user u ON lower(u.email) = lower(sp.email)
         WHERE sp.status <> 'declined'
        UNION
        SELECT sp.submission_id, seat.user_id, 'affiliation'
          FROM submission_speaker sp
          JOIN submission s ON s.id = sp.submission_id
          JOIN cfp ON cfp.id = s.cfp_id
          JOIN committee c ON c.event_id = cfp.event_id
          JOIN committee_seat seat ON seat.committee_id = c.id
          JOIN app_user u ON u.id = seat.user_id
         WHERE sp.status <> 'declined' AND btrim(coalesce(sp.affiliation, '')) <> ''
           AND lower(btrim(sp.affiliation)) IN (lower(btrim(seat.affiliation)), lower(btrim(u.affiliation)))
        UNION
        SELECT sp.submission_id, cf.reviewer_id, 'declared'
          FROM conflict cf JOIN submission_speaker sp ON sp.user_id = cf.user_id
         WHERE sp.status <> 'declined'
        UNION
        SELECT sp.submission_id, cf.reviewer_id, 'declared'
          FROM conflict cf JOIN submission_speaker sp ON lower(btrim(sp.affiliation)) = lower(btrim(cf.organization))
         WHERE sp.status <> 'declined'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW submission_conflict`);
    await db.query(`DROP TABLE agenda_slot`);
    await db.query(`DROP TABLE review`);
    await db.query(`DROP TABLE review_assignment`);
    await db.query(`DROP TABLE submission_speaker`);
    await db.query(`DROP TABLE submission`);
    await db.query(`DROP TABLE cfp`);
    await db.query(`DROP TABLE conflict`);
    await db.query(`DROP TABLE committee_seat`);
    await db.query(`DROP TABLE committee`);
  }
}
