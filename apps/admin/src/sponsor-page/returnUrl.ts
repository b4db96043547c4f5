// Where Stripe sends the buyer back (the API builds these from PUBLIC_URL), and where the pay
// button goes when there is no card checkout.
export const SPONSOR_RETURN_PATH = '/sponsor/return';

export type CheckoutOutcome = 'success' | 'cancelled' | 'bank_transfer';

export function sponsorReturnPath(sponsorshipId: number | string, outcome: CheckoutOutcome): string {
  return `${SPONSOR_RETURN_PATH}?${new URLSearchParams({ sponsorship: String(sponsorshipId), checkout: outcome })}`;
}
