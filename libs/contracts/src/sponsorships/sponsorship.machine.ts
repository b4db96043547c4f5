import { defineMachine } from '../common/state-machine.js';

export const SponsorshipStatuses = ['pending', 'paid', 'partially_refunded', 'refunded', 'expired', 'cancelled', 'disputed'] as const;
export type SponsorshipStatus = (typeof SponsorshipStatuses)[number];

export const SponsorshipActions = ['complete', 'record_payment', 'expire', 'cancel', 'refund_partly', 'refund_fully', 'dispute'] as const;
export type SponsorshipAction = (typeof SponsorshipActions)[number];

// `stripe` is a verified webhook or the reconciliation repairing through the same code path;
// `contact` is a member who is a contact of the sponsoring company.
export const SponsorshipActors = ['organizer', 'contact', 'stripe'] as const;
export type SponsorshipActor = (typeof SponsorshipActors)[number];

// Money that Stripe says arrived is recorded even if the checkout was cancelled or expired here
// meanwhile (the race at the end of a session): the books follow the money.
// Refunds move to their final state only when the money has moved: a webhook for card payments, the
// organizer's own record for bank transfers.
export const sponsorshipMachine = defineMachine<SponsorshipStatus, SponsorshipAction, SponsorshipActor>('sponsorship', {
  complete: { from: ['pending', 'expired', 'cancelled'], to: 'paid', by: ['stripe'] },
  record_payment: { from: ['pending'], to: 'paid', by: ['organizer'] },
  expire: { from: ['pending'], to: 'expired', by: ['stripe'] },
  cancel: { from: ['pending'], to: 'cancelled', by: ['organizer', 'contact'] },
  refund_partly: { from: ['paid', 'partially_refunded', 'disputed'], to: 'partially_refunded', by: ['stripe', 'organizer'] },
  refund_fully: { from: ['paid', 'partially_refunded', 'disputed'], to: 'refunded', by: ['stripe', 'organizer'] },
  dispute: { from: ['paid', 'partially_refunded'], to: 'disputed', by: ['stripe'] },
});

// Sponsorships that hold one of the package's places: paid ones, and pending ones until their
// checkout expires. Bound as a SQL parameter wherever places are counted.
export const SponsorshipPlaceHoldingStatuses = ['paid', 'partially_refunded', 'disputed'] as const satisfies readonly SponsorshipStatus[];
export const SponsorshipPendingStatuses = ['pending'] as const satisfies readonly SponsorshipStatus[];
// Sponsors shown publicly (event page, booth): the money is in.
export const SponsorshipPublicStatuses = ['paid', 'partially_refunded'] as const satisfies readonly SponsorshipStatus[];
// An organizer may start a refund of these.
export const SponsorshipRefundableStatuses = ['paid', 'partially_refunded'] as const satisfies readonly SponsorshipStatus[];
