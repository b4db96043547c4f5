import Stripe from 'stripe';
import type { AppConfig } from '../config/config.js';

export const STRIPE_CLIENT = Symbol('STRIPE_CLIENT');
// Null without STRIPE_SECRET_KEY: card payment is then "not configured" and bank transfers still work.
export type StripeClient = Stripe | null;

// The official SDK, pointed at STRIPE_API_BASE (Stripe's own API, or a local server in tests).
// Retries are safe: every request that creates something carries an idempotency key.
export function createStripeClient(config: Pick<AppConfig, 'STRIPE_SECRET_KEY' | 'STRIPE_API_BASE'>): StripeClient {
  if (!config.STRIPE_SECRET_KEY) return null;
  const base = new URL(config.STRIPE_API_BASE);
  return new Stripe(config.STRIPE_SECRET_KEY, {
    host: base.hostname,
    port: base.port || (base.protocol === 'https:' ? 443 : 80),
    protocol: base.protocol === 'https:' ? 'https' : 'http',
    maxNetworkRetries: 2,
    timeout: 15_000,
    appInfo: { name: 'Summitdesk' },
  });
}
