// Stripe's dashboard pages for a payment and a Checkout Session; test-mode objects live under /test.
const DASHBOARD = 'https://dashboard.stripe.com';

export function stripePaymentUrl(paymentIntentId: string, testMode = false): string {
  return `${DASHBOARD}${testMode ? '/test' : ''}/payments/${encodeURIComponent(paymentIntentId)}`;
}

export function stripeCheckoutSessionUrl(sessionId: string): string {
  const testMode = sessionId.startsWith('cs_test_');
  return `${DASHBOARD}${testMode ? '/test' : ''}/checkout/sessions/${encodeURIComponent(sessionId)}`;
}
