import { Inject, Injectable } from '@nestjs/common';
import { CommonErrorCodes } from '@summitdesk/contracts';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Transactions } from '../common/transactions.js';
import { AuthRepository } from './auth.repository.js';

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
    private readonly transactions: Transactions,
    private readonly repository: AuthRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Counts the attempt as a failure before the password is checked, so that parallel guesses
  // cannot all slip in before the first failure is recorded; `succeeded` takes it back.
  async claim(email: string, address: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      const account = await this.repository.lockThrottle(manager, accountKey(email));
      const accountWait = this.wait(account.locked_until, account.now);
      if (accountWait > 0) throw rateLimited(accountWait, 'Too many failed sign-ins for this account');
      const place = await this.repository.lockThrottle(manager, addressKey(address));
      const placeFresh = place.window_ends_at <= place.now;
      if (!placeFresh && place.attempts >= this.config.AUTH_ADDRESS_FAILURE_LIMIT) {
        throw rateLimited(this.wait(place.window_ends_at, place.now), 'Too many failed sign-ins from your network');
      }

      const attempts = (account.window_ends_at <= account.now ? 0 : account.attempts) + 1;
      const free = this.config.AUTH_ACCOUNT_FREE_FAILURES;
      const backoffSeconds = attempts >= free ? Math.min(2 ** (attempts - free), this.config.AUTH_ACCOUNT_MAX_BACKOFF_SECONDS) : 0;
      await this.repository.saveAccountAttempt(manager, accountKey(email), attempts, ACCOUNT_MEMORY_MS, backoffSeconds);
      const placeAttempts = (placeFresh ? 0 : place.attempts) + 1;
      await this.repository.saveAddressAttempt(
        manager,
        addressKey(address),
        placeAttempts,
        placeFresh,
        this.config.AUTH_RATE_WINDOW_SECONDS,
      );
    });
  }

  // A wrong password: the wait runs from the answer, not from the claim, however long the check took.
  async failed(email: string): Promise<void> {
    await this.repository.lockAccountAfterFailure(
      accountKey(email),
      this.config.AUTH_ACCOUNT_FREE_FAILURES,
      this.config.AUTH_ACCOUNT_MAX_BACKOFF_SECONDS,
    );
  }

  // The right password: the account starts afresh and the address gets its attempt back.
  async succeeded(email: string, address: string): Promise<void> {
    await this.repository.forgetAccount(accountKey(email));
    await this.repository.giveBackAttempt(addressKey(address));
    // Now and then, forget counts that no longer hold anything back, so the table stays small.
    if (Math.random() < 0.01) {
      await this.repository.pruneThrottle();
    }
  }

  private wait(until: Date | null, now: Date): number {
    return until ? Math.max(0, Math.ceil((until.getTime() - now.getTime()) / 1000)) : 0;
  }
}

const rateLimited = (seconds: number, reason: string) =>
  new AppError(429, CommonErrorCodes.RATE_LIMITED, `${reason}; try again in ${seconds} s`, undefined, {
    'Retry-After': String(Math.max(1, seconds)),
  });
