import { Injectable, type OnModuleInit } from '@nestjs/common';
import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { StripeEventsService, type StripeEventResult } from '../stripe/stripe-events.service.js';
import { SponsorshipPaymentsService, type CompletedCheckout } from './sponsorship-payments.service.js';
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
    for (const type of ['checkout.session.completed', 'checkout.session.async_payment_succeeded']) {
      this.events.onGroup(
        type,
        (manager, event) => this.completed(manager, event.data.object as Stripe.Checkout.Session),
        (manager, events) =>
          this.completedMany(
            manager,
            events.map((event) => event.data.object as Stripe.Checkout.Session),
          ),
      );
    }
    this.events.on('checkout.session.expired', (manager, event) => this.expired(manager, event.data.object as Stripe.Checkout.Session));
    this.events.on(
      'charge.refunded',
      (manager, event, prepared) => this.refunded(manager, event.data.object as Stripe.Charge, prepared as Stripe.Checkout.Session | null),
      (event) => this.checkoutBehind(event.data.object as Stripe.Charge),
    );
    this.events.on('charge.dispute.created', (manager, event) => this.disputed(manager, event.data.object as Stripe.Dispute));
  }

  private async completed(manager: EntityManager, session: Stripe.Checkout.Session): Promise<StripeEventResult> {
    const checkout = paidCheckout(session);
    return checkout ? this.payments.complete(manager, checkout) : ignored;
  }

  // A group's completed checkouts: those that pay a sponsorship complete together, the rest are ignored.
  private async completedMany(manager: EntityManager, sessions: Stripe.Checkout.Session[]): Promise<StripeEventResult[]> {
    const checkouts = sessions.map(paidCheckout);
    const paying = checkouts.filter((checkout) => checkout !== null);
    const completed = await this.payments.completeMany(manager, paying);
    return checkouts.map((checkout) => (checkout ? completed[paying.indexOf(checkout)]! : ignored));
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

// The payment a completed checkout brings; null for another product's checkout on the same Stripe
// account, or one still waiting for its money.
function paidCheckout(session: Stripe.Checkout.Session): CompletedCheckout | null {
  const sponsorshipId = sponsorshipOf(session);
  if (!sponsorshipId || (session.payment_status !== 'paid' && session.payment_status !== 'no_payment_required')) return null;
  return { sponsorshipId, checkoutSessionId: session.id, paymentIntentId: idOf(session.payment_intent) };
}

export function sponsorshipOf(session: Stripe.Checkout.Session): number | null {
  const raw = session.metadata?.sponsorshipId ?? session.client_reference_id;
  return raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}
