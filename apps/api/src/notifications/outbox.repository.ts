import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export type OutboxRow = {
  toUserId: number | null;
  toEmail: string;
  kind: string;
  language: string;
  subject: string;
  body: string;
  html: string | null;
  dedupeKey: string | null;
  status?: 'skipped';
  lastError?: string;
};

type ClaimedMessage = { id: string; to_email: string; subject: string; body: string; html: string | null; attempts: number };

// A worker that died mid-send (a replica killed) leaves its claim, and its job stays active until
// pg-boss expires it (the mail job's expiry, checked by the queue's maintenance); the retry then takes
// the claim over. A live send ends well before the claim goes stale: the mailer's timeouts bound it.
const STALE_CLAIM = "interval '100 seconds'";

// The outbox's SQL (outbox_message, owned by notifications): claim a message for sending, then
// mark it sent or back to pending / failed.
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  // The claim makes a second delivery of the same job a no-op.
  async claim(outboxId: string): Promise<ClaimedMessage | undefined> {
    const [claimed]: [ClaimedMessage[]] = await this.dataSource.query(
      `UPDATE outbox_message SET status = 'sending', attempts = attempts + 1, claimed_at = now()
       WHERE id = $1 AND (status = 'pending' OR (status = 'sending' AND claimed_at < now() - ${STALE_CLAIM}))
       RETURNING id, to_email, subject, body, html, attempts`,
      [outboxId],
    );
    return claimed?.[0];
  }

  async counts(): Promise<{ status: string; messages: number; retries: number }[]> {
    return this.dataSource.query(
      `SELECT status, count(*)::int AS messages, coalesce(sum(greatest(attempts - 1, 0)), 0)::int AS retries
       FROM outbox_message GROUP BY status`,
    );
  }

  async markSent(outboxId: string) {
    await this.dataSource.query(`UPDATE outbox_message SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1`, [outboxId]);
  }

  async markFailed(outboxId: string, final: boolean, error: string) {
    await this.dataSource.query(`UPDATE outbox_message SET status = $2, last_error = $3 WHERE id = $1`, [
      outboxId,
      final ? 'failed' : 'pending',
      error,
    ]);
  }

  // Writes the messages in two statements (their ids first, so that each row is known by its id);
  // the ids in the order given, undefined where a dedupe key was already taken.
  async insertMany(manager: EntityManager, rows: OutboxRow[]): Promise<Array<string | undefined>> {
    if (rows.length === 0) return [];
    const ids: Array<{ id: string }> = await manager.query(
      `SELECT nextval(pg_get_serial_sequence('outbox_message', 'id'))::text AS id FROM generate_series(1, $1)`,
      [rows.length],
    );
    const given = rows.map((row, index) => ({
      ...row,
      id: ids[index]!.id,
      status: row.status ?? 'pending',
      lastError: row.lastError ?? null,
    }));
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO outbox_message (id, to_user_id, to_email, kind, language, subject, body, html, dedupe_key, status, last_error)
       SELECT id, "toUserId", "toEmail", kind, language, subject, body, html, "dedupeKey", status, "lastError"
         FROM jsonb_to_recordset($1::jsonb) AS x(id bigint, "toUserId" int, "toEmail" text, kind text, language text, subject text,
              body text, html text, "dedupeKey" text, status text, "lastError" text)
        ORDER BY id
       ON CONFLICT DO NOTHING RETURNING id::text AS id`,
      [JSON.stringify(given)],
    );
    const written = new Set(inserted.map((row) => row.id));
    return given.map((row) => (written.has(row.id) ? row.id : undefined));
  }

  // Whether a mail with this dedupe key was ever queued (reminders are sent once).
  async wasQueued(manager: EntityManager, dedupeKey: string): Promise<boolean> {
    const [{ sent }] = await manager.query(`SELECT EXISTS (SELECT 1 FROM outbox_message WHERE dedupe_key = $1) AS sent`, [dedupeKey]);
    return Boolean(sent);
  }
}
