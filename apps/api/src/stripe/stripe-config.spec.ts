import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { createStripeClient } from './stripe.client.js';

const base = () => ({ JWT_SECRET: 'x'.repeat(40), DATA_DIR: mkdtempSync(join(tmpdir(), 'summitdesk-config-')) });

describe('Stripe settings', () => {
  it('runs without keys: no client, card payment not configured', () => {
    const config = loadConfig({ ...base(), PORT: '4100' });
    expect(config.STRIPE_SECRET_KEY).toBe('');
    expect(config.STRIPE_API_BASE).toBe('https://api.stripe.com');
    expect(config.publicUrl).toBe('http://localhost:4100');
    expect(createStripeClient(config)).toBeNull();
  });

  it('trims PUBLIC_URL and builds a client for a local Stripe', () => {
    const config = loadConfig({
      ...base(),
      PUBLIC_URL: 'https://summit.example.org/',
      STRIPE_SECRET_KEY: 'sk_test_abc',
      STRIPE_API_BASE: 'http://127.0.0.1:12111',
    });
    expect(config.publicUrl).toBe('https://summit.example.org');
    expect(createStripeClient(config)).not.toBeNull();
  });

  it('refuses bad values at start, naming the setting', () => {
    expect(() => loadConfig({ ...base(), STRIPE_SECRET_KEY: 'pk_test_publishable' })).toThrow(/STRIPE_SECRET_KEY/);
    expect(() => loadConfig({ ...base(), STRIPE_WEBHOOK_SECRET: 'secret' })).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(() => loadConfig({ ...base(), STRIPE_API_BASE: 'ftp://stripe' })).toThrow(/STRIPE_API_BASE/);
    expect(() => loadConfig({ ...base(), PUBLIC_URL: 'summit.example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ ...base(), NODE_ENV: 'production', STRIPE_SECRET_KEY: 'sk_live_abc' })).toThrow(
      /STRIPE_WEBHOOK_SECRET: is required/,
    );
  });
});
