import { Inject, Injectable } from '@nestjs/common';
import { CommonErrorCodes } from '@summitdesk/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

type Row = { attempts: number; window_ends_at: Date; locked_until: Date | null; now: Date };

// An account's failures are forgotten after a day without any.
const ACCOUNT_MEMORY_MS = 24 * 60 * 60 * 1000;

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

// Sign-in attempts are counted per account, from whatever address they come, with a wait that
// doubles after a few failures (a single account cannot be guessed from many addresses), and per
// client address across all accounts (one address cannot spray guesses over many accounts). Only
// failures count against an address, so colleagues behind one proxy do not lock each other out.
// Counts live in PostgreSQL, shared by every replica.
@Injectable()
export class SignInThrottle {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Counts the attempt as a failure before the password is checked, so that parallel guesses
  // cannot all slip in before the first failure is recorded; `succeeded` takes it back.
  async claim(email: string, address: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const account = await this.lock(manager, accountKey(email));
      const accountWait = this.wait(account.locked_until, account.now);
      if (accountWait > 0) throw rateLimited(accountWait, 'Too many failed sign-ins for this account');
      const place = await this.lock(manager, addressKey(address));
      const placeFresh = place.window_ends_at <= place.now;
      if (!placeFresh && place.attempts >= this.config.AUTH_ADDRESS_FAILURE_LIMIT) {
        throw rateLimited(this.wait(place.window_ends_at, place.now), 'Too many failed sign-ins from your network');
      }

      const attempts = (account.window_ends_at <= account.now ? 0 : account.attempts) + 1;
      const free = this.config.AUTH_ACCOUNT_FREE_FAILURES;
      const backoffSeconds = attempts >= free ? Math.min(2 ** (attempts - free), this.config.AUTH_ACCOUNT_MAX_BACKOFF_SECONDS) : 0;
      await manager.query(
        `UPDATE sign_in_throttle SET attempts = $2, window_ends_at = now() + $3 * interval '1 millisecond',
           locked_until = CASE WHEN $4 > 0 THEN now() + $4 * interval '1 second' END WHERE key = $1`,
        [accountKey(email), attempts, ACCOUNT_MEMORY_MS, backoffSeconds],
      );
      await manager.query(
        `UPDATE sign_in_throttle SET attempts = $2, window_ends_at = CASE WHEN $3 THEN now() + $4 * interval '1 second' ELSE window_ends_at END WHERE key = $1`,
        [addressKey(address), (placeFresh ? 0 : place.attempts) + 1, placeFresh, this.config.AUTH_RATE_WINDOW_SECONDS],
      );
    });
  }

  // A wrong password: the wait runs from the answer, not from the claim, however long the check took.
  async failed(email: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE sign_in_throttle SET locked_until = now() + least(power(2, attempts - $2), $3) * interval '1 second'
        WHERE key = $1 AND attempts >= $2`,
      [accountKey(email), this.config.AUTH_ACCOUNT_FREE_FAILURES, this.config.AUTH_ACCOUNT_MAX_BACKOFF_SECONDS],
    );
  }

  // The right password: the account starts afresh and the address gets its attempt back.
  async succeeded(email: string, address: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_throttle WHERE key = $1`, [accountKey(email)]);
    await this.dataSource.query(`UPDATE sign_in_throttle SET attempts = greatest(attempts - 1, 0) WHERE key = $1`, [addressKey(address)]);
    // Now and then, forget counts that no longer hold anything back, so the table stays small.
    if (Math.random() < 0.01) {
      await this.dataSource.query(`DELETE FROM sign_in_throttle WHERE window_ends_at < now() AND coalesce(locked_until, now()) <= now()`);
    }
  }

  private async lock(manager: EntityManager, key: string): Promise<Row> {
    await manager.query(`INSERT INTO sign_in_throttle (key, attempts, window_ends_at) VALUES ($1, 0, now()) ON CONFLICT (key) DO NOTHING`, [
      key,
    ]);
    const [row] = await manager.query(
      `SELECT attempts, window_ends_at, locked_until, now() AS now FROM sign_in_throttle WHERE key = $1 FOR UPDATE`,
      [key],
    );
    return row as Row;
  }

  private wait(until: Date | null, now: Date): number {
    return until ? Math.max(0, Math.ceil((until.getTime() - now.getTime()) / 1000)) : 0;
  }
}

const rateLimited = (seconds: number, reason: string) =>
  new AppError(429, CommonErrorCodes.RATE_LIMITED, `${reason}; try again in ${seconds} s`, undefined, {
    'Retry-After': String(Math.max(1, seconds)),
  });
