import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';

// The Stripe feature's own SQL (stripe_event): an event is stored once by Stripe's id, in the
// transaction that applies it; false when it was already there.
export async function storeOnce(manager: EntityManager, event: Stripe.Event): Promise<boolean> {
  const inserted: Array<{ id: string }> = await manager.query(
    `INSERT INTO stripe_event (id, type, stripe_created_at, livemode, outcome, payload)
     VALUES ($1, $2, to_timestamp($3), $4, 'ignored', $5) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [event.id, event.type, event.created, event.livemode === true, JSON.stringify(event)],
  );
  return inserted.length > 0;
}

// Seconds between Stripe creating an event and us applying it: the latest one, and the worst in the last hour.
export async function webhookLag(manager: EntityManager): Promise<{ latestSeconds: number | null; worstLastHourSeconds: number | null }> {
  const [row]: { latest: number | null; worst: number | null }[] = await manager.query(
    `SELECT (SELECT extract(epoch FROM received_at - stripe_created_at) FROM stripe_event
              ORDER BY received_at DESC LIMIT 1)::float8 AS latest,
            (SELECT max(extract(epoch FROM received_at - stripe_created_at)) FROM stripe_event
              WHERE received_at > now() - interval '1 hour')::float8 AS worst`,
  );
  return { latestSeconds: row?.latest ?? null, worstLastHourSeconds: row?.worst ?? null };
}
