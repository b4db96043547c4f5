import { sponsorshipMachine, type Sponsorship, type SponsorshipActor } from '@summitdesk/contracts';
import type { SponsorshipEntity } from './sponsorship.entity.js';

export function presentSponsorship(row: SponsorshipEntity, boothProposalId: number | null, viewerHats: SponsorshipActor[]): Sponsorship {
  const allowed = new Set(viewerHats.flatMap((hat) => sponsorshipMachine.allowedActions(row.status, hat)));
  return {
    id: row.id,
    packageId: row.packageId,
    sponsorId: row.sponsorId,
    eventId: row.eventId,
    boothProposalId,
    status: row.status,
    paymentMethod: row.paymentMethod,
    amount: row.amount,
    currency: row.currency,
    amountRefunded: row.amountRefunded,
    // The pay link only while the checkout can still be paid.
    checkoutUrl: row.status === 'pending' ? row.checkoutUrl : null,
    stripeCheckoutSessionId: row.stripeCheckoutSessionId,
    stripePaymentIntentId: row.stripePaymentIntentId,
    paymentReference: row.paymentReference,
    refundPending: row.refundPending,
    holdExpiresAt: row.holdExpiresAt?.toISOString() ?? null,
    paidAt: row.paidAt?.toISOString() ?? null,
    createdById: row.createdBy,
    allowedActions: [...allowed],
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
