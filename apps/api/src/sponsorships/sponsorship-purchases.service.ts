import { HttpStatus, Injectable } from '@nestjs/common';
import {
  SponsorshipErrorCodes,
  SponsorshipRefundableStatuses,
  type CancelSponsorship,
  type CreateSponsorship,
  type RecordSponsorshipPayment,
  type RefundSponsorship,
  type SponsorshipPaymentOptions,
} from '@summitdesk/contracts';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit-log/audit.service.js';
import { AppError, conflict, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { checkAmount } from '../common/money.js';
import { lockForUpdate } from '../common/record-lock.js';
import { TransitionRunner } from '../common/transition-runner.js';
import { EventsService } from '../events/events.service.js';
import { SponsorsService } from '../sponsors/sponsors.service.js';
import { SponsorshipPackagesService } from '../sponsorship-packages/sponsorship-packages.service.js';
import { countSales } from './sponsorships.repository.js';
import { SponsorshipEntity } from './sponsorship.entity.js';
import { SponsorshipPaymentsService } from './sponsorship-payments.service.js';
import { sponsorshipWorkflow, type SponsorshipWorkflow } from './sponsorship-workflow.js';
import { SponsorshipsService } from './sponsorships.service.js';
import { StripeCheckout } from './stripe-checkout.js';
import { Transactions } from '../common/transactions.js';

// Buying, cancelling, recording a bank transfer and starting a refund.
@Injectable()
export class SponsorshipPurchasesService {
  private readonly workflow: SponsorshipWorkflow;

  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly transitions: TransitionRunner,
    private readonly sponsors: SponsorsService,
    private readonly packages: SponsorshipPackagesService,
    private readonly events: EventsService,
    private readonly reader: SponsorshipsService,
    private readonly payments: SponsorshipPaymentsService,
    private readonly checkout: StripeCheckout,
  ) {
    this.workflow = sponsorshipWorkflow(sponsors);
  }

  paymentOptions(): SponsorshipPaymentOptions {
    if (this.checkout.configured) return { card: true, bankTransfer: true, message: null, code: null };
    const refusal = this.checkout.notConfigured();
    return { card: false, bankTransfer: true, message: refusal.message, code: refusal.code };
  }

  // The package row is locked while places are counted and the new one is taken, so two buyers of
  // the last place queue and the second finds it sold out. With Stripe, the checkout is opened in the
  // same transaction: the row and its session commit together, and a webhook that races ahead of
  // the commit is refused and delivered again.
  create(actor: AuthUser, input: CreateSponsorship) {
    return this.transactions.run(async (manager) => {
      const sponsor = await this.sponsors.findForPurchase(manager, actor, input.sponsorId);
      if (actor.role !== 'organizer' && !sponsor.contactIds.includes(actor.id)) {
        throw new AppError(
          HttpStatus.FORBIDDEN,
          SponsorshipErrorCodes.NOT_A_CONTACT,
          `Only ${sponsor.name}'s contacts may buy a sponsorship for it`,
          {
            sponsorId: 'you are not one of its contacts',
          },
        );
      }
      if (!sponsor.verified) {
        throw unprocessable(
          SponsorshipErrorCodes.SPONSOR_NOT_VERIFIED,
          `${sponsor.name} is not verified yet; an organizer verifies a sponsor before it can buy`,
          { sponsorId: 'is not verified yet' },
        );
      }
      const offer = await this.packages.lockForSale(manager, input.packageId);
      if (input.eventId !== undefined && input.eventId !== offer.eventId) {
        throw unprocessable(SponsorshipErrorCodes.PACKAGE_OF_ANOTHER_EVENT, `${offer.name} is a package of another event`, {
          packageId: 'belongs to another event',
        });
      }
      const now = Date.now();
      if (now < offer.salesOpenAt.getTime()) {
        throw conflict(SponsorshipErrorCodes.SALES_NOT_OPEN, `Sales of ${offer.name} open at ${offer.salesOpenAt.toISOString()}`, {
          packageId: 'is not on sale yet',
        });
      }
      if (now >= offer.salesCloseAt.getTime()) {
        throw conflict(SponsorshipErrorCodes.SALES_CLOSED, `Sales of ${offer.name} closed at ${offer.salesCloseAt.toISOString()}`, {
          packageId: 'is no longer on sale',
        });
      }
      const sales = (await countSales(manager, [offer.id])).get(offer.id) ?? { sold: 0, held: 0 };
      if (sales.sold + sales.held >= offer.quantity) {
        const waiting = sales.held > 0 ? ` (${sales.held} held by checkouts in progress; try again when they expire)` : '';
        throw conflict(SponsorshipErrorCodes.SOLD_OUT, `${offer.name} is sold out${waiting}`, { packageId: 'is sold out' });
      }
      const card = this.checkout.configured;
      const created = await manager.save(
        SponsorshipEntity,
        manager.create(SponsorshipEntity, {
          packageId: offer.id,
          eventId: offer.eventId,
          sponsorId: sponsor.id,
          status: 'pending',
          paymentMethod: card ? 'card' : 'bank_transfer',
          amount: offer.price,
          currency: offer.currency,
          checkoutKey: randomUUID(),
          createdBy: actor.id,
        }),
      );
      await this.audit.record(manager, actor, {
        entity: 'sponsorship',
        entityId: created.id,
        action: 'create',
        toState: 'pending',
        changes: { amount: { from: null, to: offer.price }, currency: { from: null, to: offer.currency } },
        note: `${sponsor.name}: ${offer.name}, ${card ? 'card checkout' : 'bank transfer'}`,
      });
      if (card) {
        const event = await this.events.findIn(manager, offer.eventId);
        const opened = await this.checkout.open(created, `${offer.name} sponsorship: ${event?.name ?? 'an event'}`, actor.email);
        await manager.update(
          SponsorshipEntity,
          { id: created.id },
          { stripeCheckoutSessionId: opened.id, checkoutUrl: opened.url, holdExpiresAt: opened.expiresAt },
        );
      }
      return this.reader.show(manager, actor, created.id);
    });
  }

  // The checkout link again (the pay button on a pending card sponsorship).
  // A sponsorship the caller may not see is absent (404) first, with or without Stripe keys.
  async resumeCheckout(actor: AuthUser, id: number) {
    const shown = await this.reader.findOne(actor, id);
    if (!this.checkout.configured) throw this.checkout.notConfigured();
    if (shown.status !== 'pending' || !shown.checkoutUrl) {
      throw conflict(
        SponsorshipErrorCodes.CHECKOUT_ALREADY_PAID,
        `This sponsorship is ${shown.status}${shown.status === 'pending' ? ' and waits for a bank transfer' : ''}; ` +
          'there is nothing to pay by card',
      );
    }
    return shown;
  }

  // An open Stripe checkout is closed first, so that nobody pays a cancelled sponsorship.
  async cancel(actor: AuthUser, id: number, body: CancelSponsorship) {
    await this.closeOpenCheckout(actor, id);
    return this.transactions.run(async (manager) => {
      await this.reader.findVisible(manager, actor, id);
      await this.transitions.runIn(
        manager,
        this.workflow,
        { id, action: 'cancel', actor, version: body.version, note: body.reason ?? null },
        async () => ({
          patch: { checkoutUrl: null, holdExpiresAt: null },
        }),
      );
      return this.reader.show(manager, actor, id);
    });
  }

  async recordPayment(actor: AuthUser, id: number, body: RecordSponsorshipPayment) {
    await this.closeOpenCheckout(actor, id);
    return this.transactions.run(async (manager) => {
      await this.payments.recordBankTransfer(manager, actor, id, body.reference, body.version);
      return this.reader.show(manager, actor, id);
    });
  }

  // A card payment is refunded through Stripe and reaches its final state when the webhook confirms
  // it; money that came by bank transfer is refunded by hand and booked at once.
  refund(actor: AuthUser, id: number, body: RefundSponsorship) {
    return this.transactions.run(async (manager) => {
      const row = await lockForUpdate(manager, SponsorshipEntity, id, 'Sponsorship', body.version);
      if (!(SponsorshipRefundableStatuses as readonly string[]).includes(row.status)) {
        throw conflict(SponsorshipErrorCodes.NOT_REFUNDABLE, `A ${row.status.replace('_', ' ')} sponsorship cannot be refunded`, {
          status: `is ${row.status}`,
        });
      }
      const left = row.amount - row.amountRefunded - row.refundPending;
      const amount = checkAmount(body.amount ?? left, 'amount', SponsorshipErrorCodes.BAD_AMOUNT, { positive: true });
      if (amount > left) {
        throw unprocessable(SponsorshipErrorCodes.REFUND_TOO_LARGE, `At most ${left} (minor units) of this payment can still be refunded`, {
          amount: `must be at most ${left}`,
        });
      }
      if (row.stripePaymentIntentId) {
        const refund = await this.checkout.refund(row, amount, body.reason);
        await manager.update(SponsorshipEntity, { id }, { refundPending: row.refundPending + amount, version: row.version + 1 });
        await this.audit.record(manager, actor, {
          entity: 'sponsorship',
          entityId: id,
          action: 'request_refund',
          changes: { refundPending: { from: row.refundPending, to: row.refundPending + amount } },
          note: `Asked Stripe to refund ${amount} (${refund.id}): ${body.reason}`,
        });
      } else {
        await this.payments.recordManualRefund(manager, actor, row, row.amountRefunded + amount, body.reason);
      }
      return this.reader.show(manager, actor, id);
    });
  }

  private async closeOpenCheckout(actor: AuthUser, id: number) {
    const shown = await this.reader.findOne(actor, id);
    if (shown.status !== 'pending' || !shown.stripeCheckoutSessionId || !this.checkout.configured) return;
    if ((await this.checkout.close(shown.stripeCheckoutSessionId)) === 'paid') {
      throw conflict(
        SponsorshipErrorCodes.CHECKOUT_ALREADY_PAID,
        "The card payment has just gone through; wait for Stripe's confirmation instead",
        { status: 'is being paid' },
      );
    }
  }
}
