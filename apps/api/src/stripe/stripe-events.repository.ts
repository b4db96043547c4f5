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
