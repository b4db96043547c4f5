import { z } from 'zod';
import { IdSchema, VersionSchema } from '../common/fields.js';
import { AmountSchema } from '../common/money.js';
import type { SponsorshipAction, SponsorshipStatus } from './sponsorship.machine.js';

// The price always comes from the package: an amount or currency the client sends is accepted and
// ignored, so an old form or a tampered request cannot change what is charged.
export const CreateSponsorshipSchema = z
  .object({
    packageId: IdSchema,
    sponsorId: IdSchema,
    // When given (the event's sponsor page), the package must belong to this event.
    eventId: IdSchema.optional(),
    amount: z.unknown().optional(),
    currency: z.unknown().optional(),
  })
  .strict();
export type CreateSponsorship = z.infer<typeof CreateSponsorshipSchema>;

export const RecordSponsorshipPaymentSchema = z
  .object({
    // The bank transfer's reference as it appears on the statement.
    reference: z.string().trim().min(1, 'is required: the bank reference').max(200),
    version: VersionSchema.optional(),
  })
  .strict();
export type RecordSponsorshipPayment = z.infer<typeof RecordSponsorshipPaymentSchema>;

// `amount` defaults to everything not yet refunded; checked as money by the API (422).
export const RefundSponsorshipSchema = z
  .object({
    amount: AmountSchema.optional(),
    reason: z.string().trim().min(1, 'is required: say why the money goes back').max(500),
    version: VersionSchema.optional(),
  })
  .strict();
export type RefundSponsorship = z.infer<typeof RefundSponsorshipSchema>;

export const CancelSponsorshipSchema = z
  .object({ reason: z.string().trim().max(500).nullish(), version: VersionSchema.optional() })
  .strict();
export type CancelSponsorship = z.infer<typeof CancelSponsorshipSchema>;

export const SponsorshipPaymentMethods = ['card', 'bank_transfer'] as const;
export type SponsorshipPaymentMethod = (typeof SponsorshipPaymentMethods)[number];

export type Sponsorship = {
  id: number;
  packageId: number;
  sponsorId: number;
  eventId: number;
  boothProposalId: number | null;
  status: SponsorshipStatus;
  paymentMethod: SponsorshipPaymentMethod;
  amount: number;
  currency: string;
  amountRefunded: number;
  // Null without Stripe keys (bank transfer), and once the checkout is over.
  checkoutUrl: string | null;
  stripeCheckoutSessionId: string | null;
  stripePaymentIntentId: string | null;
  paymentReference: string | null;
  // A refund asked of Stripe whose webhook has not arrived yet.
  refundPending: number;
  holdExpiresAt: string | null;
  paidAt: string | null;
  createdById: number | null;
  // What the caller may do next (the admin's buttons).
  allowedActions: SponsorshipAction[];
  version: number;
  createdAt: string;
  updatedAt: string;
};

// GET /api/sponsorships/payment-methods: what the pay button may offer.
export type SponsorshipPaymentOptions = {
  card: boolean;
  bankTransfer: true;
  // Why card payment is off, when it is.
  message: string | null;
  code: string | null;
};

export type PublicSponsor = { id: number; name: string; website: string; logoUrl: string | null };

// GET /api/public/events/:slug/sponsors: paid sponsors by tier (dearest first) and each sponsored booth.
export type PublicEventSponsors = {
  eventId: number;
  tiers: Array<{ name: string; price: number; currency: string; sponsors: PublicSponsor[] }>;
  booths: Array<{ boothProposalId: number; sponsors: PublicSponsor[] }>;
};

// GET /api/booth-proposals/:id/sponsors: who sponsors a booth and what it costs the program.
export type BoothSponsorship = {
  boothProposalId: number;
  sponsors: PublicSponsor[];
  currency: string | null;
  approved: number;
  sponsored: number;
  // approved − sponsored, never below zero.
  costToProgram: number;
};

// `npm run stripe:reconcile` and the nightly job report these.
export type ReconciliationFinding = {
  sponsorshipId: number | null;
  stripeObject: string;
  problem: string;
  fixed: boolean;
};
