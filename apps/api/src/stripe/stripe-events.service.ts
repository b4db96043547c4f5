import { Inject, Injectable, Logger } from '@nestjs/common';
import { SponsorshipErrorCodes, STRIPE_WEBHOOK_TOLERANCE_SECONDS } from '@summitdesk/contracts';
import Stripe from 'stripe';
import { DataSource, type EntityManager } from 'typeorm';
import { badRequest } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { StripeEventEntity, type StripeEventOutcome } from './stripe-event.entity.js';

export type StripeEventResult = { outcome: StripeEventOutcome; sponsorshipId: number | null };
// Runs inside the event's transaction; throwing rolls the whole event back (nothing is stored) so
// that Stripe delivers it again.
export type StripeEventHandler = (manager: EntityManager, event: Stripe.Event, prepared: unknown) => Promise<StripeEventResult>;
// Work done before the transaction (asking Stripe for a related object); its result is handed in.
export type StripeEventPreparation = (event: Stripe.Event) => Promise<unknown>;

export type Receipt = { received: true; outcome: StripeEventOutcome | 'duplicate' };

// The event store: verifies deliveries and applies each Stripe event exactly once. Features register
// handlers per event type (the sponsorships feature does, for checkout, refund and dispute events);
// unknown types are acknowledged and ignored without being stored.
@Injectable()
export class StripeEventsService {
  private readonly logger = new Logger('StripeEvents');
  private readonly handlers = new Map<string, { handle: StripeEventHandler; prepare?: StripeEventPreparation }>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Seconds between Stripe creating an event and us applying it: the latest one, and the worst in the last hour.
  async webhookLag(): Promise<{ latestSeconds: number | null; worstLastHourSeconds: number | null }> {
    const [row]: { latest: number | null; worst: number | null }[] = await this.dataSource.query(
      `SELECT (SELECT extract(epoch FROM received_at - stripe_created_at) FROM stripe_event
                ORDER BY received_at DESC LIMIT 1)::float8 AS latest,
              (SELECT max(extract(epoch FROM received_at - stripe_created_at)) FROM stripe_event
                WHERE received_at > now() - interval '1 hour')::float8 AS worst`,
    );
    return { latestSeconds: row?.latest ?? null, worstLastHourSeconds: row?.worst ?? null };
  }

  on(type: string, handle: StripeEventHandler, prepare?: StripeEventPreparation): void {
    this.handlers.set(type, { handle, prepare });
  }

  // The SDK's constructEvent checks the HMAC over the raw bytes and the timestamp (300 s tolerance);
  // only then is the body parsed. Every failure is 400 and nothing is written.
  verify(rawBody: Buffer | undefined, signature: string | string[] | undefined): Stripe.Event {
    const secret = this.config.STRIPE_WEBHOOK_SECRET;
    if (!secret)
      throw badRequest(
        SponsorshipErrorCodes.WEBHOOK_NOT_CONFIGURED,
        'This server has no STRIPE_WEBHOOK_SECRET; it accepts no Stripe events',
      );
    if (typeof signature !== 'string' || signature.length === 0) {
      throw badRequest(SponsorshipErrorCodes.BAD_SIGNATURE, 'The Stripe-Signature header is missing');
    }
    let event: Stripe.Event;
    try {
      event = Stripe.webhooks.constructEvent(rawBody ?? Buffer.alloc(0), signature, secret, STRIPE_WEBHOOK_TOLERANCE_SECONDS);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
        throw badRequest(SponsorshipErrorCodes.BAD_SIGNATURE, `The signature does not verify: ${error.message.split('\n')[0]}`);
      }
      throw badRequest(SponsorshipErrorCodes.BAD_EVENT, 'The body is not a JSON Stripe event');
    }
    const shape = event as unknown as { id?: unknown; type?: unknown; created?: unknown; data?: { object?: unknown } };
    if (
      typeof shape.id !== 'string' ||
      typeof shape.type !== 'string' ||
      typeof shape.created !== 'number' ||
      typeof shape.data?.object !== 'object' ||
      !shape.data.object
    ) {
      throw badRequest(SponsorshipErrorCodes.BAD_EVENT, 'The body is not a Stripe event (id, type, created and data.object are required)');
    }
    return event;
  }

  // Stores the event by its id and applies it in one transaction. Concurrent deliveries of the same
  // event wait on the primary key: the first commits, the others then find the row and answer
  // "duplicate"; if the first rolls back, the next one applies it.
  async receive(event: Stripe.Event, outcomeWhenApplied: StripeEventOutcome = 'applied'): Promise<Receipt> {
    const handler = this.handlers.get(event.type);
    if (!handler) return { received: true, outcome: 'ignored' };
    if (await this.dataSource.getRepository(StripeEventEntity).existsBy({ id: event.id })) return { received: true, outcome: 'duplicate' };
    const prepared = await handler.prepare?.(event);
    return this.dataSource.transaction(async (manager) => {
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO stripe_event (id, type, stripe_created_at, livemode, outcome, payload)
         VALUES ($1, $2, to_timestamp($3), $4, 'ignored', $5) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [event.id, event.type, event.created, event.livemode === true, JSON.stringify(event)],
      );
      if (inserted.length === 0) return { received: true as const, outcome: 'duplicate' as const };
      const result = await handler.handle(manager, event, prepared);
      const outcome = result.outcome === 'applied' ? outcomeWhenApplied : result.outcome;
      await manager.update(StripeEventEntity, { id: event.id }, { outcome, sponsorshipId: result.sponsorshipId });
      this.logger.log(`${event.type} ${event.id}: ${outcome}${result.sponsorshipId ? ` (sponsorship ${result.sponsorshipId})` : ''}`);
      return { received: true as const, outcome };
    });
  }
}
