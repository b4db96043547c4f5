import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { CHECKOUT_HOLD_MINUTES, SponsorshipErrorCodes } from '@summitdesk/contracts';
import type Stripe from 'stripe';
import { AppError, conflict } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { STRIPE_CLIENT, type StripeClient } from '../stripe/stripe.client.js';
import type { SponsorshipEntity } from './sponsorship.entity.js';

export type OpenedCheckout = { id: string; url: string | null; expiresAt: Date };

const providerFailed = (what: string, error: unknown) =>
  new AppError(
    HttpStatus.BAD_GATEWAY,
    SponsorshipErrorCodes.PAYMENT_PROVIDER_FAILED,
    `Stripe did not ${what}: ${error instanceof Error ? error.message : String(error)}`,
  );

// The Stripe calls sponsorships make. Each create carries an idempotency key derived from the
// attempt, so a retry (the SDK's own, or a double click) returns the first result instead of a
// second session or refund.
@Injectable()
export class StripeCheckout {
  private readonly logger = new Logger('StripeCheckout');

  constructor(
    @Inject(STRIPE_CLIENT) private readonly stripe: StripeClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get configured(): boolean {
    return this.stripe !== null;
  }

  notConfigured() {
    return conflict(
      SponsorshipErrorCodes.CARD_PAYMENT_NOT_CONFIGURED,
      'Card payment is not configured on this server (no STRIPE_SECRET_KEY); pay by bank transfer, which an organizer records',
    );
  }

  // Amount and currency come from the sponsorship (copied from the package), never from the client.
  async open(row: SponsorshipEntity, label: string, buyerEmail: string | null): Promise<OpenedCheckout> {
    const stripe = this.client();
    const returnTo = `${this.config.publicUrl}/sponsorships/${row.id}/show`;
    try {
      const session = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          client_reference_id: String(row.id),
          metadata: { sponsorshipId: String(row.id), packageId: String(row.packageId), sponsorId: String(row.sponsorId) },
          payment_intent_data: { metadata: { sponsorshipId: String(row.id) } },
          line_items: [
            { quantity: 1, price_data: { currency: row.currency.toLowerCase(), unit_amount: row.amount, product_data: { name: label } } },
          ],
          success_url: `${returnTo}?checkout=success`,
          cancel_url: `${returnTo}?checkout=cancelled`,
          expires_at: Math.floor(Date.now() / 1000) + CHECKOUT_HOLD_MINUTES * 60,
          ...(buyerEmail ? { customer_email: buyerEmail } : {}),
        },
        { idempotencyKey: `sponsorship-checkout-${row.checkoutKey}` },
      );
      return {
        id: session.id,
        url: session.url ?? null,
        expiresAt: new Date((session.expires_at ?? 0) * 1000 || Date.now() + CHECKOUT_HOLD_MINUTES * 60_000),
      };
    } catch (error) {
      throw providerFailed('open a checkout', error);
    }
  }

  // Closes an open checkout so that nobody can pay it any more. Answers whether it had been paid.
  async close(sessionId: string): Promise<'closed' | 'paid'> {
    const stripe = this.client();
    try {
      const session = await stripe.checkout.sessions.retrieve(sessionId);
      if (session.status === 'complete') return 'paid';
      if (session.status === 'open') await stripe.checkout.sessions.expire(sessionId);
      return 'closed';
    } catch (error) {
      throw providerFailed('close the checkout', error);
    }
  }

  async refund(row: SponsorshipEntity, amount: number, reason: string): Promise<Stripe.Refund> {
    const stripe = this.client();
    try {
      return await stripe.refunds.create(
        {
          payment_intent: row.stripePaymentIntentId!,
          amount,
          reason: 'requested_by_customer',
          metadata: { sponsorshipId: String(row.id), reason: reason.slice(0, 400) },
        },
        // One key per refund step: the same request repeated is the same refund.
        { idempotencyKey: `sponsorship-${row.id}-refund-from-${row.amountRefunded + row.refundPending}-of-${amount}` },
      );
    } catch (error) {
      throw providerFailed('refund', error);
    }
  }

  // The checkout behind a payment, for a refund that arrives before its completion.
  async sessionOfPayment(paymentIntentId: string): Promise<Stripe.Checkout.Session | null> {
    if (!this.stripe) return null;
    try {
      const sessions = await this.stripe.checkout.sessions.list({ payment_intent: paymentIntentId, limit: 1 });
      return sessions.data[0] ?? null;
    } catch (error) {
      this.logger.warn(`Could not look up the checkout of ${paymentIntentId}: ${error instanceof Error ? error.message : error}`);
      return null;
    }
  }

  client(): Stripe {
    if (!this.stripe) throw this.notConfigured();
    return this.stripe;
  }
}
