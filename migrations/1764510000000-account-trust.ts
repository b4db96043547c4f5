import type { MigrationInterface, QueryRunner } from 'typeorm';

// Addresses are proven before anything sent to them is granted; co-speakers are invited by
// single-use links; sign-in failures are counted per account as well as per client address.
export class AccountTrust1764510000000 implements MigrationInterface {
  name = 'AccountTrust1764510000000';

  async up(db: QueryRunner): Promise<void> {
    // Existing accounts stay unverified: nobody ever proved they own their address.
    await db.query(`ALTER TABLE app_user ADD COLUMN email_verified_at timestamptz`);

    // Only a hash of each token is kept, so a copy of the database cannot verify anyone.
    await db.query(`
      CREATE TABLE email_verification (
        id          serial PRIMARY KEY,
        user_id     int NOT NULL CONSTRAINT fk_email_verification_user REFERENCES app_user (id) ON DELETE CASCADE,
        email       text NOT NULL,
        token_hash  text NOT NULL CONSTRAINT uq_email_verification_token UNIQUE,
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_email_verification_user ON email_verification (user_id, created_at)`);

    await db.query(`
      CREATE TABLE speaker_invitation (
        id              serial PRIMARY KEY,
        submission_id   int NOT NULL CONSTRAINT fk_speaker_invitation_submission REFERENCES submission (id) ON DELETE CASCADE,
        speaker_id      int NOT NULL CONSTRAINT fk_speaker_invitation_speaker REFERENCES submission_speaker (id) ON DELETE CASCADE,
        invited_by_id   int NOT NULL CONSTRAINT fk_speaker_invitation_inviter REFERENCES app_user (id),
        token_hash      text NOT NULL CONSTRAINT uq_speaker_invitation_token UNIQUE,
        expires_at      timestamptz NOT NULL,
        answer          text CONSTRAINT ck_speaker_invitation_answer CHECK (answer IN ('accepted', 'declined')),
        answered_by_id  int CONSTRAINT fk_speaker_invitation_answered_by REFERENCES app_user (id),
        answered_at     timestamptz,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_speaker_invitation_answered CHECK ((answer IS NULL) = (answered_by_id IS NULL) AND (answer IS NULL) =
          (answered_at IS NULL))
      )`);
    await db.query(`CREATE INDEX ix_speaker_invitation_submission ON speaker_invitation (submission_id, created_at)`);
    await db.query(`CREATE INDEX ix_speaker_invitation_inviter ON speaker_invitation (invited_by_id, created_at)`);
    await db.query(`CREATE INDEX ix_speaker_invitation_speaker ON speaker_invitation (speaker_id)`);

    // Invitations linked to an account by its address alone are unlinked: they are accepted by link now.
    await db.query(`UPDATE submission_speaker SET user_id = NULL WHERE status = 'invited'`);

    // Failed sign-ins per account (with backoff) and per client address, shared by every replica.
    await db.query(`
      CREATE TABLE sign_in_throttle (
        key             text PRIMARY KEY,
        attempts        int NOT NULL,
        window_ends_at  timestamptz NOT NULL,
        locked_until    timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sign_in_throttle`);
    await db.query(`DROP TABLE speaker_invitation`);
    await db.query(`DROP TABLE email_verification`);
    await db.query(`ALTER TABLE app_user DROP COLUMN email_verified_at`);
  }
}
