import { Injectable } from '@nestjs/common';
import type { Role } from '@summitdesk/contracts';
import { DataSource, type EntityManager } from 'typeorm';

type ThrottleRow = { attempts: number; window_ends_at: Date; locked_until: Date | null; now: Date };

// The auth feature's SQL: sign-in throttle counters (sign_in_throttle), the registration lock and
// how many verification links an account was sent lately (email_verification).
@Injectable()
export class AuthRepository {
  constructor(private readonly dataSource: DataSource) {}

  // The signed-in user behind a token, on every authenticated request: one plain statement (the
  // ORM's findOne builds its query and hydrates an entity each time).
  async tokenUser(id: number): Promise<{ id: number; email: string; name: string; role: Role; disabled: boolean } | undefined> {
    const rows: Array<{ id: number; email: string; name: string; role: Role; disabled: boolean }> = await this.dataSource.query(
      `SELECT id, email, name, role, disabled FROM app_user WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  async lockThrottle(manager: EntityManager, key: string): Promise<ThrottleRow> {
    await manager.query(`INSERT INTO sign_in_throttle (key, attempts, window_ends_at) VALUES ($1, 0, now()) ON CONFLICT (key) DO NOTHING`, [
      key,
    ]);
    const [row] = await manager.query(
      `SELECT attempts, window_ends_at, locked_until, now() AS now FROM sign_in_throttle WHERE key = $1 FOR UPDATE`,
      [key],
    );
    return row as ThrottleRow;
  }

  async saveAccountAttempt(manager: EntityManager, key: string, attempts: number, memoryMs: number, backoffSeconds: number) {
    await manager.query(
      `UPDATE sign_in_throttle SET attempts = $2, window_ends_at = now() + $3 * interval '1 millisecond',
         locked_until = CASE WHEN $4 > 0 THEN now() + $4 * interval '1 second' END WHERE key = $1`,
      [key, attempts, memoryMs, backoffSeconds],
    );
  }

  async saveAddressAttempt(manager: EntityManager, key: string, attempts: number, fresh: boolean, windowSeconds: number) {
    await manager.query(
      `UPDATE sign_in_throttle SET attempts = $2, window_ends_at = CASE WHEN $3 THEN now() + $4 * interval '1 second' ELSE ` +
        `window_ends_at END WHERE key = $1`,
      [key, attempts, fresh, windowSeconds],
    );
  }

  async lockAccountAfterFailure(key: string, freeFailures: number, maxBackoffSeconds: number) {
    await this.dataSource.query(
      `UPDATE sign_in_throttle SET locked_until = now() + least(power(2, attempts - $2), $3) * interval '1 second'
        WHERE key = $1 AND attempts >= $2`,
      [key, freeFailures, maxBackoffSeconds],
    );
  }

  async forgetAccount(key: string) {
    await this.dataSource.query(`DELETE FROM sign_in_throttle WHERE key = $1`, [key]);
  }

  async giveBackAttempt(key: string) {
    await this.dataSource.query(`UPDATE sign_in_throttle SET attempts = greatest(attempts - 1, 0) WHERE key = $1`, [key]);
  }

  async pruneThrottle() {
    await this.dataSource.query(`DELETE FROM sign_in_throttle WHERE window_ends_at < now() AND coalesce(locked_until, now()) <= now()`);
  }

  // One registration per address at a time, until the transaction ends.
  async lockAddress(manager: EntityManager, email: string) {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext(lower($1)))', [email.trim()]);
  }

  async recentVerifications(manager: EntityManager, userId: number): Promise<{ sent: number; wait: number }> {
    const [recent] = await manager.query(
      `SELECT count(*)::int AS sent, ceil(extract(epoch FROM min(created_at) + interval '1 hour' - now()))::int AS wait
         FROM email_verification WHERE user_id = $1 AND created_at > now() - interval '1 hour'`,
      [userId],
    );
    return recent;
  }
}
