import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { ReconciliationFinding } from '@summitdesk/contracts';
import type Stripe from 'stripe';
import { In } from 'typeorm';
import { LedgerService } from '../budgets/ledger.service.js';
import { QueueService } from '../queue/queue.service.js';
import { StripeEventsService } from '../stripe/stripe-events.service.js';
import { SponsorshipEntity } from './sponsorship.entity.js';
import { sponsorshipOf } from './sponsorship-webhooks.js';
import { StripeCheckout } from './stripe-checkout.js';
import { Transactions } from '../common/transactions.js';

export type ReconcileOptions = { since: Date; until?: Date; fix: boolean };

const PAID = new Set(['paid', 'partially_refunded', 'refunded', 'disputed']);
const NIGHTLY_QUEUE = 'stripe-reconcile';
const NIGHTLY_LOOKBACK_DAYS = 3;

// Compares Stripe's checkouts and refunds of a period with the sponsorships and their ledger rows.
// A repair is a synthetic event handed to the same event store and handlers as a webhook, with an id
// that names the repair: it is applied once, and the ledger's dedupe keys make sure that money a
// late webhook also brings is never counted twice.
@Injectable()
export class SponsorshipReconciliationService implements OnModuleInit {
  private readonly logger = new Logger('StripeReconcile');

  constructor(
    private readonly transactions: Transactions,
    private readonly checkout: StripeCheckout,
    private readonly events: StripeEventsService,
    private readonly ledger: LedgerService,
    private readonly queue: QueueService,
  ) {}

  onModuleInit() {
    if (!this.checkout.configured) return;
    // Nightly, report only: a person decides to run --fix after reading the report.
    this.queue.registerSchedule(NIGHTLY_QUEUE, '17 3 * * *', async () => {
      const findings = await this.reconcile({ since: new Date(Date.now() - NIGHTLY_LOOKBACK_DAYS * 86_400_000), fix: false });
      for (const finding of findings)
        this.logger.warn(`${finding.stripeObject} / sponsorship ${finding.sponsorshipId ?? '?'}: ${finding.problem}`);
      this.logger.log(`Nightly Stripe reconciliation: ${findings.length} disagreement(s)`);
    });
  }

  async reconcile(options: ReconcileOptions): Promise<ReconciliationFinding[]> {
    const stripe = this.checkout.client();
    const created = {
      gte: Math.floor(options.since.getTime() / 1000),
      ...(options.until ? { lt: Math.floor(options.until.getTime() / 1000) } : {}),
    };
    const sessions: Stripe.Checkout.Session[] = [];
    for await (const session of stripe.checkout.sessions.list({ created, limit: 100 })) if (sponsorshipOf(session)) sessions.push(session);
    const refundsByPayment = new Map<string, number>();
    for await (const refund of stripe.refunds.list({ created, limit: 100 })) {
      const paymentIntentId = typeof refund.payment_intent === 'string' ? refund.payment_intent : refund.payment_intent?.id;
      if (paymentIntentId) refundsByPayment.set(paymentIntentId, 0);
    }
    // Totals over each payment's whole life, not only the period (a refund's total is cumulative).
    for (const paymentIntentId of refundsByPayment.keys()) {
      let total = 0;
      for await (const refund of stripe.refunds.list({ payment_intent: paymentIntentId, limit: 100 }))
        if (refund.status === 'succeeded') total += refund.amount;
      refundsByPayment.set(paymentIntentId, total);
    }

    const findings: ReconciliationFinding[] = [];
    const rows = await this.transactions.reader
      .getRepository(SponsorshipEntity)
      .findBy({ id: In(sessions.map((session) => sponsorshipOf(session)!)) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const session of sessions) {
      const id = sponsorshipOf(session)!;
      const row = byId.get(id);
      if (!row) {
        findings.push({
          sponsorshipId: id,
          stripeObject: session.id,
          problem: 'Stripe has a checkout for a sponsorship this database never recorded',
          fixed: false,
        });
        continue;
      }
      const paid = session.status === 'complete' && session.payment_status === 'paid';
      if (paid && !PAID.has(row.status)) {
        findings.push(
          await this.repair(
            options.fix,
            id,
            session.id,
            `paid in Stripe, ${row.status} here`,
            'checkout.session.completed',
            session,
            `completed`,
          ),
        );
      } else if (paid && (await this.ledger.sponsorshipTotals(this.transactions.reader, id)).income !== row.amount) {
        findings.push(
          await this.repair(
            options.fix,
            id,
            session.id,
            `paid, but the ledger does not hold its income of ${row.amount}`,
            'checkout.session.completed',
            session,
            'income',
          ),
        );
      } else if (session.status === 'expired' && row.status === 'pending' && row.stripeCheckoutSessionId === session.id) {
        findings.push(
          await this.repair(
            options.fix,
            id,
            session.id,
            'expired in Stripe, still pending here',
            'checkout.session.expired',
            session,
            'expired',
          ),
        );
      } else if (!paid && PAID.has(row.status) && row.paymentMethod === 'card' && row.stripeCheckoutSessionId === session.id) {
        findings.push({
          sponsorshipId: id,
          stripeObject: session.id,
          problem: `${row.status} here, but Stripe says the checkout is ${session.status}`,
          fixed: false,
        });
      }
    }

    const paidRows = await this.transactions.reader
      .getRepository(SponsorshipEntity)
      .findBy({ stripePaymentIntentId: In([...refundsByPayment.keys()]) });
    for (const row of paidRows) {
      const total = Math.min(refundsByPayment.get(row.stripePaymentIntentId!) ?? 0, row.amount);
      const booked = (await this.ledger.sponsorshipTotals(this.transactions.reader, row.id)).refunded;
      if (total > row.amountRefunded || total > booked) {
        const charge = {
          id: `reconcile_${row.stripePaymentIntentId}`,
          object: 'charge',
          payment_intent: row.stripePaymentIntentId,
          amount_refunded: total,
          currency: row.currency.toLowerCase(),
        };
        const problem = `Stripe refunded ${total}, this database has ${row.amountRefunded} (ledger ${booked})`;
        findings.push(
          await this.repair(options.fix, row.id, row.stripePaymentIntentId!, problem, 'charge.refunded', charge, `refunded-to-${total}`),
        );
      }
    }
    return findings;
  }

  private async repair(
    fix: boolean,
    sponsorshipId: number,
    stripeObject: string,
    problem: string,
    type: string,
    object: object,
    step: string,
  ): Promise<ReconciliationFinding> {
    if (!fix) return { sponsorshipId, stripeObject, problem, fixed: false };
    const event = {
      id: `reconcile_${stripeObject}_${step}`,
      object: 'event',
      type,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: { object },
    } as unknown as Stripe.Event;
    const receipt = await this.events.receive(event, 'repaired');
    return { sponsorshipId, stripeObject, problem, fixed: receipt.outcome === 'repaired' || receipt.outcome === 'duplicate' };
  }
}
