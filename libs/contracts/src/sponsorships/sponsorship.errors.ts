// Error codes the sponsor, package, sponsorship and Stripe webhook routes answer with, beside the common ones.
export const SponsorshipErrorCodes = {
  SPONSOR_NOT_VERIFIED: 'SPONSOR.NOT_VERIFIED',
  NOT_A_CONTACT: 'SPONSOR.NOT_A_CONTACT',
  UNKNOWN_CONTACT: 'SPONSOR.UNKNOWN_CONTACT',
  LOGO_TOO_LARGE: 'SPONSOR.LOGO_TOO_LARGE',
  LOGO_UNSUPPORTED: 'SPONSOR.LOGO_UNSUPPORTED',
  LOGO_MISSING: 'SPONSOR.LOGO_MISSING',
  SPONSOR_IN_USE: 'SPONSOR.IN_USE',

  // An id in the body (event, booth, package, sponsor) names no record.
  REFERENCE_NOT_FOUND: 'SPONSORSHIP.REFERENCE_NOT_FOUND',
  BAD_AMOUNT: 'SPONSORSHIP.BAD_AMOUNT',
  BAD_SALES_WINDOW: 'SPONSORSHIP_PACKAGE.BAD_SALES_WINDOW',
  BOOTH_NOT_APPROVED: 'SPONSORSHIP_PACKAGE.BOOTH_NOT_APPROVED',
  BOOTH_OF_ANOTHER_EVENT: 'SPONSORSHIP_PACKAGE.BOOTH_OF_ANOTHER_EVENT',
  CURRENCY_MISMATCH: 'SPONSORSHIP_PACKAGE.CURRENCY_MISMATCH',
  QUANTITY_BELOW_SOLD: 'SPONSORSHIP_PACKAGE.QUANTITY_BELOW_SOLD',
  PACKAGE_IN_USE: 'SPONSORSHIP_PACKAGE.IN_USE',

  SOLD_OUT: 'SPONSORSHIP.SOLD_OUT',
  SALES_NOT_OPEN: 'SPONSORSHIP.SALES_NOT_OPEN',
  SALES_CLOSED: 'SPONSORSHIP.SALES_CLOSED',
  PACKAGE_OF_ANOTHER_EVENT: 'SPONSORSHIP.PACKAGE_OF_ANOTHER_EVENT',
  CARD_PAYMENT_NOT_CONFIGURED: 'SPONSORSHIP.CARD_PAYMENT_NOT_CONFIGURED',
  NOT_REFUNDABLE: 'SPONSORSHIP.NOT_REFUNDABLE',
  REFUND_TOO_LARGE: 'SPONSORSHIP.REFUND_TOO_LARGE',
  CHECKOUT_ALREADY_PAID: 'SPONSORSHIP.CHECKOUT_ALREADY_PAID',
  PAYMENT_PROVIDER_FAILED: 'SPONSORSHIP.PAYMENT_PROVIDER_FAILED',

  WEBHOOK_NOT_CONFIGURED: 'STRIPE.WEBHOOK_NOT_CONFIGURED',
  BAD_SIGNATURE: 'STRIPE.BAD_SIGNATURE',
  BAD_EVENT: 'STRIPE.BAD_EVENT',
  EVENT_TOO_LARGE: 'STRIPE.EVENT_TOO_LARGE',
  // The event names a sponsorship this database has not recorded (yet): a non-2xx answer makes
  // Stripe deliver it again later.
  UNKNOWN_SPONSORSHIP: 'STRIPE.UNKNOWN_SPONSORSHIP',
} as const;
export type SponsorshipErrorCode = (typeof SponsorshipErrorCodes)[keyof typeof SponsorshipErrorCodes];

// Logos, recognised by content; the file's name and declared type are never trusted.
export const SponsorLogoMediaTypes = ['image/png', 'image/svg+xml'] as const;
export type SponsorLogoMediaType = (typeof SponsorLogoMediaTypes)[number];
export const SPONSOR_LOGO_MAX_BYTES = 2 * 1024 * 1024;

// Stripe event bodies are a few kilobytes; anything far larger is not Stripe.
export const STRIPE_WEBHOOK_MAX_BYTES = 256 * 1024;
// Seconds a signed delivery stays valid (Stripe's own default tolerance).
export const STRIPE_WEBHOOK_TOLERANCE_SECONDS = 300;
// A card checkout holds its place this long; Stripe's shortest session lifetime is 30 minutes.
export const CHECKOUT_HOLD_MINUTES = 30;

// The audit log's names for these records (the admin's History tab and audit filter list them).
export const SponsorshipAuditEntities = ['sponsor', 'sponsorship_package', 'sponsorship'] as const;
export type SponsorshipAuditEntity = (typeof SponsorshipAuditEntities)[number];
