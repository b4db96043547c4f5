import { Inject, Injectable, Logger } from '@nestjs/common';
import { SponsorshipErrorCodes, STRIPE_WEBHOOK_TOLERANCE_SECONDS } from '@summitdesk/contracts';
import Stripe from 'stripe';
import { type EntityManager } from 'typeorm';
import { badRequest } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { StripeEventEntity, type StripeEventOutcome } from './stripe-event.entity.js';
import { Transactions } from '../common/transactions.js';
import { storeOnce, webhookLag } from './stripe-events.repository.js';

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
    private readonly transactions: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Seconds between Stripe creating an event and us applying it: the latest one, and the worst in the last hour.
  // Seconds between Stripe creating an event and us applying it, for the metrics.
  webhookLag() {
    return webhookLag(this.transactions.reader);
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
    if (await this.transactions.reader.getRepository(StripeEventEntity).existsBy({ id: event.id }))
      return { received: true, outcome: 'duplicate' };
    const prepared = await handler.prepare?.(event);
    return this.transactions.run(async (manager) => {
      if (!(await storeOnce(manager, event))) return { received: true as const, outcome: 'duplicate' as const };
      const result = await handler.handle(manager, event, prepared);
      const outcome = result.outcome === 'applied' ? outcomeWhenApplied : result.outcome;
      await manager.update(StripeEventEntity, { id: event.id }, { outcome, sponsorshipId: result.sponsorshipId });
      this.logger.log(`${event.type} ${event.id}: ${outcome}${result.sponsorshipId ? ` (sponsorship ${result.sponsorshipId})` : ''}`);
      return { received: true as const, outcome };
    });
  }
}
