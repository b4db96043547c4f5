import { Injectable, Logger } from '@nestjs/common';
import { SponsorshipErrorCodes, type SponsorshipAction, type SponsorshipStatus } from '@summitdesk/contracts';
import { type EntityManager } from 'typeorm';
import { LedgerService, type SponsorshipMoney } from '../budgets/ledger.service.js';
import { conflict } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { lockForUpdate } from '../common/record-lock.js';
import { TransitionRunner, type SystemActor, type TransitionStep } from '../common/transition-runner.js';
import { SponsorsService } from '../sponsors/sponsors.service.js';
import type { StripeEventResult } from '../stripe/stripe-events.service.js';
import { SponsorshipEntity } from './sponsorship.entity.js';
import { SponsorshipMoneyService, type SponsorshipContext } from './sponsorship-money.js';
import { AS_STRIPE, STRIPE_ACTOR, sponsorshipWorkflow, type SponsorshipWorkflow } from './sponsorship-workflow.js';
import { Transactions } from '../common/transactions.js';

export type CompletedCheckout = { sponsorshipId: number; checkoutSessionId: string; paymentIntentId: string | null };
export type RefundedCharge = { paymentIntentId: string; amountRefunded: number; currency: string };

const PAID_STATES = new Set(['paid', 'partially_refunded', 'refunded', 'disputed']);

const applied = (sponsorshipId: number): StripeEventResult => ({ outcome: 'applied', sponsorshipId });
const unchanged = (sponsorshipId: number | null): StripeEventResult => ({ outcome: 'ignored', sponsorshipId });

// The one path money takes into a sponsorship: Stripe's webhooks, the reconciliation's repairs and the
// organizer's bank-transfer records all come through here, inside the caller's transaction. Each step
// locks the sponsorship, checks the state it finds, moves it through the transition runner (audit
// and mail in the same transaction) and books the money with a dedupe key, so whatever arrives twice,
// or out of order, is counted once.
@Injectable()
export class SponsorshipPaymentsService {
  private readonly logger = new Logger('SponsorshipPayments');
  private readonly workflow: SponsorshipWorkflow;

  constructor(
    private readonly transactions: Transactions,
    private readonly transitions: TransitionRunner,
    private readonly ledger: LedgerService,
    private readonly money: SponsorshipMoneyService,
    sponsors: SponsorsService,
  ) {
    this.workflow = sponsorshipWorkflow(sponsors);
  }

  async knowsPayment(paymentIntentId: string): Promise<boolean> {
    return this.transactions.reader.getRepository(SponsorshipEntity).existsBy({ stripePaymentIntentId: paymentIntentId });
  }

  async complete(manager: EntityManager, checkout: CompletedCheckout): Promise<StripeEventResult> {
    const row = await this.lockKnown(manager, { id: checkout.sponsorshipId });
    if (row.stripeCheckoutSessionId && row.stripeCheckoutSessionId !== checkout.checkoutSessionId) {
      this.logger.warn(
        `Checkout ${checkout.checkoutSessionId} names sponsorship ${row.id}, whose checkout is ${row.stripeCheckoutSessionId}`,
      );
      return unchanged(row.id);
    }
    const context = await this.money.context(manager, row);
    if (PAID_STATES.has(row.status)) {
      // Already paid: the income is in the books, or is put there now if it was lost (a repair).
      const booked = await this.ledger.recordSponsorship(manager, STRIPE_ACTOR, await this.money.money(manager, row, context, row.amount));
      return booked ? applied(row.id) : unchanged(row.id);
    }
    await this.transitions.runIn(
      manager,
      this.workflow,
      { id: row.id, action: 'complete', actor: STRIPE_ACTOR, as: AS_STRIPE },
      async ({ from }) => {
        await this.ledger.recordSponsorship(manager, STRIPE_ACTOR, await this.money.money(manager, row, context, row.amount));
        return this.completion(row, checkout, context, from);
      },
      // Locked above (FOR UPDATE, this transaction): one read of the row, not two.
      row,
    );
    return applied(row.id);
  }

  // complete() for the checkouts of a group of Stripe events, in a few statements whatever their
  // number: the sponsorships are locked (in id order) and read with their contexts at once, each is
  // decided as complete() would, then all move in one update and their income is booked in one insert.
  // A sponsorship named twice goes step by step, so that the second sees the first.
  async completeMany(manager: EntityManager, checkouts: CompletedCheckout[]): Promise<StripeEventResult[]> {
    const ids = checkouts.map((checkout) => checkout.sponsorshipId);
    if (checkouts.length < 2 || new Set(ids).size < ids.length) {
      const results: StripeEventResult[] = [];
      for (const checkout of checkouts) results.push(await this.complete(manager, checkout));
      return results;
    }
    const rows = await this.lockKnownMany(manager, ids);
    const contexts = await this.money.contexts(manager, rows);
    const results: StripeEventResult[] = [];
    const steps: Array<TransitionStep<SponsorshipEntity, SponsorshipStatus, SponsorshipAction>> = [];
    const income: SponsorshipMoney[] = [];
    for (const [index, checkout] of checkouts.entries()) {
      const row = rows[index]!;
      const context = contexts[index]!;
      if (row.stripeCheckoutSessionId && row.stripeCheckoutSessionId !== checkout.checkoutSessionId) {
        this.logger.warn(
          `Checkout ${checkout.checkoutSessionId} names sponsorship ${row.id}, whose checkout is ${row.stripeCheckoutSessionId}`,
        );
        results.push(unchanged(row.id));
        continue;
      }
      const money = await this.money.money(manager, row, context, row.amount);
      if (PAID_STATES.has(row.status)) {
        const booked = await this.ledger.recordSponsorship(manager, STRIPE_ACTOR, money);
        results.push(booked ? applied(row.id) : unchanged(row.id));
        continue;
      }
      income.push(money);
      steps.push({
        record: row,
        request: { id: row.id, action: 'complete', actor: STRIPE_ACTOR, as: AS_STRIPE },
        work: async ({ from }) => this.completion(row, checkout, context, from),
      });
      results.push(applied(row.id));
    }
    await this.transitions.runManyIn(manager, this.workflow, steps);
    // A booth package's income goes to the booth's budget, read by money(); the rest in one insert.
    const known = income.filter((money) => money.budget?.id === money.budgetId);
    await this.ledger.recordSponsorships(manager, STRIPE_ACTOR, known);
    for (const money of income) if (!known.includes(money)) await this.ledger.recordSponsorship(manager, STRIPE_ACTOR, money);
    return results;
  }

  // What completing a checkout changes on the sponsorship, and what it says and mails.
  private completion(row: SponsorshipEntity, checkout: CompletedCheckout, context: SponsorshipContext, from: SponsorshipStatus) {
    const amount = this.money.format(row.amount, row.currency);
    return {
      patch: {
        stripeCheckoutSessionId: checkout.checkoutSessionId,
        stripePaymentIntentId: checkout.paymentIntentId,
        paidAt: new Date(),
        checkoutUrl: null,
        holdExpiresAt: null,
      },
      note: `Card payment of ${amount} received${from === 'pending' ? '' : ` after the checkout was ${from}`}`,
      mails: this.money.mailContacts(context, {
        kind: 'sponsorship_paid',
        params: { ...this.money.mailNames(context), how: 'card', paid: { amount: row.amount, currency: row.currency }, reference: null },
      }),
    };
  }

  async expire(manager: EntityManager, sponsorshipId: number, checkoutSessionId: string): Promise<StripeEventResult> {
    const row = await this.lockKnown(manager, { id: sponsorshipId });
    if (row.status !== 'pending' || (row.stripeCheckoutSessionId && row.stripeCheckoutSessionId !== checkoutSessionId))
      return unchanged(row.id);
    await this.transitions.runIn(
      manager,
      this.workflow,
      { id: row.id, action: 'expire', actor: STRIPE_ACTOR, as: AS_STRIPE },
      async () => ({
        patch: { checkoutUrl: null, holdExpiresAt: null },
        note: 'The checkout expired unpaid; its place is released',
      }),
    );
    return applied(row.id);
  }

  // `amountRefunded` is Stripe's running total for the payment, so a redelivered or late event that
  // says no more than what is booked changes nothing, and each new step is booked once.
  async refunded(manager: EntityManager, charge: RefundedCharge): Promise<StripeEventResult> {
    const row = await this.lockKnown(manager, { stripePaymentIntentId: charge.paymentIntentId });
    return this.bookRefund(manager, STRIPE_ACTOR, row, Math.min(charge.amountRefunded, row.amount), AS_STRIPE, null);
  }

  async disputed(manager: EntityManager, paymentIntentId: string, reason: string | null): Promise<StripeEventResult> {
    const row = await this.lockKnown(manager, { stripePaymentIntentId: paymentIntentId });
    if (row.status !== 'paid' && row.status !== 'partially_refunded') return unchanged(row.id);
    await this.transitions.runIn(
      manager,
      this.workflow,
      { id: row.id, action: 'dispute', actor: STRIPE_ACTOR, as: AS_STRIPE },
      async () => ({
        note: `The card holder disputed the payment${reason ? ` (${reason})` : ''}`,
      }),
    );
    return applied(row.id);
  }

  // An organizer's record of a bank transfer: the same booking as a card payment.
  async recordBankTransfer(manager: EntityManager, actor: AuthUser, id: number, reference: string, version?: number): Promise<void> {
    const row = await lockForUpdate(manager, SponsorshipEntity, id, 'Sponsorship', version);
    const context = await this.money.context(manager, row);
    await this.transitions.runIn(manager, this.workflow, { id, action: 'record_payment', actor, version }, async () => {
      await this.ledger.recordSponsorship(manager, actor, await this.money.money(manager, row, context, row.amount));
      const amount = this.money.format(row.amount, row.currency);
      return {
        patch: {
          paymentReference: reference,
          paidAt: new Date(),
          checkoutUrl: null,
          holdExpiresAt: null,
          paymentMethod: 'bank_transfer' as const,
        },
        changes: { paymentReference: { from: null, to: reference } },
        note: `Bank transfer of ${amount} recorded (reference ${reference})`,
        mails: this.money.mailContacts(context, {
          kind: 'sponsorship_paid',
          params: { ...this.money.mailNames(context), how: 'transfer', paid: { amount: row.amount, currency: row.currency }, reference },
        }),
      };
    });
  }

  // An organizer's refund of money that did not come through Stripe: booked at once.
  async recordManualRefund(
    manager: EntityManager,
    actor: AuthUser,
    row: SponsorshipEntity,
    refundedTotal: number,
    reason: string,
  ): Promise<void> {
    await this.bookRefund(manager, actor, row, refundedTotal, undefined, reason);
  }

  private async bookRefund(
    manager: EntityManager,
    actor: AuthUser | SystemActor,
    row: SponsorshipEntity,
    refundedTotal: number,
    as: readonly string[] | undefined,
    reason: string | null,
  ): Promise<StripeEventResult> {
    if (refundedTotal <= row.amountRefunded) return unchanged(row.id);
    if (!PAID_STATES.has(row.status) || row.status === 'refunded') {
      // A refund of a payment this database has not seen completed yet: refused, Stripe delivers it again.
      throw conflict(
        SponsorshipErrorCodes.UNKNOWN_SPONSORSHIP,
        `Sponsorship ${row.id} is ${row.status}; a refund cannot be booked before its payment`,
      );
    }
    const step = refundedTotal - row.amountRefunded;
    const action: SponsorshipAction = refundedTotal >= row.amount ? 'refund_fully' : 'refund_partly';
    const context = await this.money.context(manager, row);
    await this.transitions.runIn(manager, this.workflow, { id: row.id, action, actor, as }, async () => {
      await this.ledger.recordSponsorshipRefund(manager, actor, await this.money.money(manager, row, context, step), refundedTotal);
      const amount = this.money.format(step, row.currency);
      return {
        patch: { amountRefunded: refundedTotal, refundPending: Math.max(0, row.refundPending - step) },
        changes: { amountRefunded: { from: row.amountRefunded, to: refundedTotal } },
        note: `Refunded ${amount}${reason ? `: ${reason}` : ''}`,
        mails: this.money.mailContacts(context, {
          kind: 'sponsorship_refunded',
          params: { ...this.money.mailNames(context), refunded: { amount: step, currency: row.currency } },
        }),
      };
    });
    return applied(row.id);
  }

  // The sponsorships of many events, locked in id order (so that two groups wait rather than
  // deadlock), in the order of `ids`; an unknown one is refused as lockKnown refuses it.
  private async lockKnownMany(manager: EntityManager, ids: number[]): Promise<SponsorshipEntity[]> {
    const rows = await locking(manager).where('sponsorship.id IN (:...ids)', { ids }).orderBy('sponsorship.id').getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? unknownSponsorship(`sponsorship ${id}`));
  }

  // The sponsorship an event names, locked; a name this database does not know is refused with a
  // non-2xx so that Stripe retries later (the purchase may not have committed yet).
  private async lockKnown(manager: EntityManager, where: { id: number } | { stripePaymentIntentId: string }): Promise<SponsorshipEntity> {
    if ('id' in where) return (await this.lockKnownMany(manager, [where.id]))[0]!;
    const row = await locking(manager).where('sponsorship.stripe_payment_intent_id = :pi', { pi: where.stripePaymentIntentId }).getOne();
    return row ?? unknownSponsorship(`a sponsorship paid by ${where.stripePaymentIntentId}`);
  }
}

const locking = (manager: EntityManager) =>
  manager.getRepository(SponsorshipEntity).createQueryBuilder('sponsorship').setLock('pessimistic_write');

const unknownSponsorship = (what: string): never => {
  throw conflict(SponsorshipErrorCodes.UNKNOWN_SPONSORSHIP, `This database has no record of ${what} (yet); deliver the event again later`);
};
