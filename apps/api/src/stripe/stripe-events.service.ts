import { Inject, Injectable, Logger } from '@nestjs/common';
import { SponsorshipErrorCodes, STRIPE_WEBHOOK_TOLERANCE_SECONDS } from '@summitdesk/contracts';
import Stripe from 'stripe';
import { type EntityManager } from 'typeorm';
import { badRequest } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { StripeEventEntity, type StripeEventOutcome } from './stripe-event.entity.js';
import { Transactions } from '../common/transactions.js';
import { recordOutcomes, storeOnce, webhookLag } from './stripe-events.repository.js';
import { DeliveryGroups } from './delivery-groups.js';
import { AuditService } from '../audit-log/audit.service.js';

export type StripeEventResult = { outcome: StripeEventOutcome; sponsorshipId: number | null };
// Runs inside the event's transaction; throwing rolls the whole event back (nothing is stored) so
// that Stripe delivers it again.
export type StripeEventHandler = (manager: EntityManager, event: Stripe.Event, prepared: unknown) => Promise<StripeEventResult>;
// A handler for many events of one type at once (a group's payments): their results, in order.
export type StripeEventGroupHandler = (manager: EntityManager, events: Stripe.Event[]) => Promise<StripeEventResult[]>;
// Work done before the transaction (asking Stripe for a related object); its result is handed in.
export type StripeEventPreparation = (event: Stripe.Event) => Promise<unknown>;

export type Receipt = { received: true; outcome: StripeEventOutcome | 'duplicate' };

type Delivery = {
  event: Stripe.Event;
  handle: StripeEventHandler;
  handleGroup?: StripeEventGroupHandler;
  prepared: unknown;
  outcomeWhenApplied: StripeEventOutcome;
  resolve: (receipt: Receipt) => void;
  reject: (error: unknown) => void;
};

// How deliveries are grouped: a pool connection per group, and groups small enough that one slow
// event does not hold many answers back.
const GROUPS = { concurrent: 1, size: 32 };

// The event store: verifies deliveries and applies each Stripe event exactly once. Features register
// handlers per event type (the sponsorships feature does, for checkout, refund and dispute events);
// unknown types are acknowledged and ignored without being stored.
@Injectable()
export class StripeEventsService {
  private readonly logger = new Logger('StripeEvents');
  private readonly handlers = new Map<
    string,
    { handle: StripeEventHandler; prepare?: StripeEventPreparation; handleGroup?: StripeEventGroupHandler }
  >();
  private readonly groups = new DeliveryGroups<Delivery>((group) => this.applyGroup(group), GROUPS);

  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Seconds between Stripe creating an event and us applying it, for the metrics.
  webhookLag() {
    return webhookLag(this.transactions.reader);
  }

  on(type: string, handle: StripeEventHandler, prepare?: StripeEventPreparation): void {
    this.handlers.set(type, { handle, prepare });
  }

  // A type whose events of one group are better applied together (their statements shared). Such a
  // type has no preparation; `handle` still applies an event that comes alone.
  onGroup(type: string, handle: StripeEventHandler, handleGroup: StripeEventGroupHandler): void {
    this.handlers.set(type, { handle, handleGroup });
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

  // Stores the event by its id and applies it, in one transaction with the deliveries that arrived
  // alongside it (DeliveryGroups). Concurrent deliveries of the same event wait on the primary key:
  // the first commits, the others then find the row and answer "duplicate"; if the first rolls
  // back, the next one applies it. The answer comes once the event's transaction has committed.
  async receive(event: Stripe.Event, outcomeWhenApplied: StripeEventOutcome = 'applied'): Promise<Receipt> {
    const handler = this.handlers.get(event.type);
    if (!handler) return { received: true, outcome: 'ignored' };
    let prepared: unknown;
    if (handler.prepare) {
      // Preparing may ask Stripe for an object: not for an event that is already applied.
      if (await this.transactions.reader.getRepository(StripeEventEntity).existsBy({ id: event.id }))
        return { received: true, outcome: 'duplicate' };
      prepared = await handler.prepare(event);
    }
    return new Promise((resolve, reject) =>
      this.groups.add({ event, handle: handler.handle, handleGroup: handler.handleGroup, prepared, outcomeWhenApplied, resolve, reject }),
    );
  }

  // Copies of one event in a group are applied once; the later ones answer "duplicate". If any event
  // fails, the whole group rolls back and each delivery is applied again on its own, so that the
  // failing one gets its own error (Stripe delivers it again) and takes none of the others with it.
  private async applyGroup(group: Delivery[]): Promise<void> {
    const firsts = new Map<string, Delivery>();
    const copies: Delivery[] = [];
    for (const delivery of group) {
      if (firsts.has(delivery.event.id)) copies.push(delivery);
      else firsts.set(delivery.event.id, delivery);
    }
    // In id order, so that two groups storing overlapping events wait on each other, never deadlock.
    const ordered = [...firsts.values()].sort((a, b) => (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
    let receipts: Receipt[];
    try {
      receipts = await this.applyTogether(ordered);
    } catch (error) {
      if (group.length === 1) return group[0]!.reject(error);
      for (const delivery of group) await this.applyGroup([delivery]);
      return;
    }
    ordered.forEach((delivery, index) => delivery.resolve(receipts[index]!));
    for (const copy of copies) copy.resolve({ received: true, outcome: 'duplicate' });
  }

  private applyTogether(deliveries: Delivery[]): Promise<Receipt[]> {
    return this.transactions.run(async (manager) => {
      // The group's history is written in one statement at the end, in the order it happened.
      this.audit.collectIn(manager);
      const stored = await storeOnce(
        manager,
        deliveries.map((delivery) => delivery.event),
      );
      const results = await this.applyStored(
        manager,
        deliveries.filter((delivery) => stored.has(delivery.event.id)),
      );
      const receipts: Receipt[] = [];
      const outcomes: Array<{ id: string; outcome: StripeEventOutcome; sponsorshipId: number | null }> = [];
      for (const delivery of deliveries) {
        const { event, outcomeWhenApplied } = delivery;
        const result = results.get(delivery);
        if (!result) {
          receipts.push({ received: true, outcome: 'duplicate' });
          continue;
        }
        const outcome = result.outcome === 'applied' ? outcomeWhenApplied : result.outcome;
        outcomes.push({ id: event.id, outcome, sponsorshipId: result.sponsorshipId });
        receipts.push({ received: true, outcome });
        this.logger.log(`${event.type} ${event.id}: ${outcome}${result.sponsorshipId ? ` (sponsorship ${result.sponsorshipId})` : ''}`);
      }
      await recordOutcomes(manager, outcomes);
      await this.audit.flush(manager);
      return receipts;
    });
  }

  // Each type's events of the group together when it has a group handler, else one by one.
  private async applyStored(manager: EntityManager, fresh: Delivery[]): Promise<Map<Delivery, StripeEventResult>> {
    const results = new Map<Delivery, StripeEventResult>();
    const byType = new Map<string, Delivery[]>();
    for (const delivery of fresh) byType.set(delivery.event.type, [...(byType.get(delivery.event.type) ?? []), delivery]);
    for (const ofType of byType.values()) {
      const handleGroup = ofType[0]!.handleGroup;
      if (handleGroup && ofType.length > 1) {
        const found = await handleGroup(
          manager,
          ofType.map((delivery) => delivery.event),
        );
        ofType.forEach((delivery, index) => results.set(delivery, found[index]!));
      } else {
        for (const delivery of ofType) results.set(delivery, await delivery.handle(manager, delivery.event, delivery.prepared));
      }
    }
    return results;
  }
}
