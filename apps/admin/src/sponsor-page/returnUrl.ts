// Where Stripe sends the buyer back (the API builds success and cancel URLs from PUBLIC_URL as the
// sponsorship's own page with `?checkout=success|cancelled`), and where the pay button goes when
// there is no card checkout.
const CheckoutOutcomes = ['success', 'cancelled', 'bank_transfer'] as const;
export type CheckoutOutcome = (typeof CheckoutOutcomes)[number];

export function sponsorshipReturnPath(sponsorshipId: number | string, outcome: CheckoutOutcome): string {
  return `/sponsorships/${encodeURIComponent(String(sponsorshipId))}/show?${new URLSearchParams({ checkout: outcome })}`;
}

export function checkoutOutcome(value: string | null): CheckoutOutcome | undefined {
  return CheckoutOutcomes.find((outcome) => outcome === value);
}
