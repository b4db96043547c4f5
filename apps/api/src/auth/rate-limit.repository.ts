import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { Transactions } from '../common/transactions.js';

type Hit = { totalHits: number; timeToExpire: number; isBlocked: boolean; timeToBlockExpire: number };

// The request rate limiter's storage: counts live in PostgreSQL (table rate_limit, owned by auth) so
// that every API replica sees the same attempts.
@Injectable()
export class RateLimitRepository implements ThrottlerStorage {
  constructor(private readonly transactions: Transactions) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<Hit> {
    const [row] = await this.transactions.reader.query(
      `INSERT INTO rate_limit AS r (key, hits, window_ends_at)
       VALUES ($1, 1, now() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_ends_at <= now() AND coalesce(r.blocked_until <= now(), true) THEN 1 ELSE r.hits + 1 END,
         window_ends_at = CASE WHEN r.window_ends_at <= now() THEN now() + $2 * interval '1 millisecond' ELSE r.window_ends_at END,
         blocked_until = CASE
           WHEN r.blocked_until > now() THEN r.blocked_until
           WHEN r.window_ends_at > now() AND r.hits + 1 > $3 THEN now() + $4 * interval '1 millisecond'
           ELSE NULL END
       RETURNING hits,
         ceil(extract(epoch FROM (window_ends_at - now())))::int AS expires_in,
         coalesce(ceil(extract(epoch FROM (blocked_until - now())))::int, 0) AS blocked_for`,
      [`${throttlerName}:${key}`, ttl, limit, blockDuration],
    );
    const blockedFor = Math.max(0, Number(row.blocked_for));
    return {
      totalHits: Number(row.hits),
      timeToExpire: Math.max(0, Number(row.expires_in)),
      isBlocked: blockedFor > 0,
      timeToBlockExpire: blockedFor,
    };
  }
}
