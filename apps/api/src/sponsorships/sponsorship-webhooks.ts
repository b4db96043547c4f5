import { Injectable, type OnModuleInit } from '@nestjs/common';
import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { StripeEventsService, type StripeEventResult } from '../stripe/stripe-events.service.js';
import { SponsorshipPaymentsService } from './sponsorship-payments.service.js';
import { StripeCheckout } from './stripe-checkout.js';

const ignored: StripeEventResult = { outcome: 'ignored', sponsorshipId: null };
const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : (value?.id ?? null));

// Which Stripe events move a sponsorship, and how their objects are read. The event store calls
// these inside the event's transaction; the work itself is SponsorshipPaymentsService's.
@Injectable()
export class SponsorshipWebhooks implements OnModuleInit {
  constructor(
    private readonly events: StripeEventsService,
    private readonly payments: SponsorshipPaymentsService,
    private readonly checkout: StripeCheckout,
  ) {}

  onModuleInit() {
    this.events.on('checkout.session.completed', (manager, event) => this.completed(manager, event.data.object as Stripe.Checkout.Session));
    this.events.on('checkout.session.async_payment_succeeded', (manager, event) =>
      this.completed(manager, event.data.object as Stripe.Checkout.Session),
    );
    this.events.on('checkout.session.expired', (manager, event) => this.expired(manager, event.data.object as Stripe.Checkout.Session));
    this.events.on(
      'charge.refunded',
      (manager, event, prepared) => this.refunded(manager, event.data.object as Stripe.Charge, prepared as Stripe.Checkout.Session | null),
      (event) => this.checkoutBehind(event.data.object as Stripe.Charge),
    );
    this.events.on('charge.dispute.created', (manager, event) => this.disputed(manager, event.data.object as Stripe.Dispute));
  }

  private async completed(manager: EntityManager, session: Stripe.Checkout.Session): Promise<StripeEventResult> {
    const sponsorshipId = sponsorshipOf(session);
    // Another product's checkout on the same Stripe account, or one still waiting for its money.
    if (!sponsorshipId || (session.payment_status !== 'paid' && session.payment_status !== 'no_payment_required')) return ignored;
    return this.payments.complete(manager, { sponsorshipId, checkoutSessionId: session.id, paymentIntentId: idOf(session.payment_intent) });
  }

  private async expired(manager: EntityManager, session: Stripe.Checkout.Session): Promise<StripeEventResult> {
    const sponsorshipId = sponsorshipOf(session);
    if (!sponsorshipId) return ignored;
    return this.payments.expire(manager, sponsorshipId, session.id);
  }

  // A refund can overtake its payment's completion (Stripe does not promise order): the checkout
  // behind the payment, looked up before the transaction, is completed first in the same one.
  private async refunded(
    manager: EntityManager,
    charge: Stripe.Charge,
    session: Stripe.Checkout.Session | null,
  ): Promise<StripeEventResult> {
    const paymentIntentId = idOf(charge.payment_intent);
    if (!paymentIntentId) return ignored;
    if (session) await this.completed(manager, session);
    return this.payments.refunded(manager, { paymentIntentId, amountRefunded: charge.amount_refunded, currency: charge.currency });
  }

  private async disputed(manager: EntityManager, dispute: Stripe.Dispute): Promise<StripeEventResult> {
    const paymentIntentId = idOf(dispute.payment_intent);
    if (!paymentIntentId) return ignored;
    return this.payments.disputed(manager, paymentIntentId, dispute.reason ?? null);
  }

  private async checkoutBehind(charge: Stripe.Charge): Promise<Stripe.Checkout.Session | null> {
    const paymentIntentId = idOf(charge.payment_intent);
    if (!paymentIntentId || (await this.payments.knowsPayment(paymentIntentId))) return null;
    const session = await this.checkout.sessionOfPayment(paymentIntentId);
    return session && sponsorshipOf(session) && session.payment_status === 'paid' ? session : null;
  }
}

export function sponsorshipOf(session: Stripe.Checkout.Session): number | null {
  const raw = session.metadata?.sponsorshipId ?? session.client_reference_id;
  return raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}
