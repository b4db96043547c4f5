import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import type { StripeEventOutcome } from './stripe-event.entity.js';

// The Stripe feature's own SQL (stripe_event). Events are stored once by Stripe's id, in the
// transaction that applies them, in the order given (callers sort by id, so that two transactions
// storing overlapping events wait on each other rather than deadlock); the ids that were new.
export async function storeOnce(manager: EntityManager, events: Stripe.Event[]): Promise<Set<string>> {
  const rows = events.map((event) => ({
    id: event.id,
    type: event.type,
    created: event.created,
    livemode: event.livemode === true,
    payload: event,
  }));
  const inserted: Array<{ id: string }> = await manager.query(
    `INSERT INTO stripe_event (id, type, stripe_created_at, livemode, outcome, payload)
     SELECT id, type, to_timestamp(created), livemode, 'ignored', payload
       FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (id text, type text, created bigint, livemode boolean, payload jsonb))
            WITH ORDINALITY AS x(id, type, created, livemode, payload, n)
      ORDER BY n
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [JSON.stringify(rows)],
  );
  return new Set(inserted.map((row) => row.id));
}

// What applying each stored event came to, in one statement.
export async function recordOutcomes(
  manager: EntityManager,
  outcomes: Array<{ id: string; outcome: StripeEventOutcome; sponsorshipId: number | null }>,
): Promise<void> {
  if (outcomes.length === 0) return;
  await manager.query(
    `UPDATE stripe_event e SET outcome = o.outcome, sponsorship_id = o."sponsorshipId"
       FROM jsonb_to_recordset($1::jsonb) AS o(id text, outcome text, "sponsorshipId" int)
      WHERE e.id = o.id`,
    [JSON.stringify(outcomes)],
  );
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
