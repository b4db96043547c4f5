import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

// Every setting the API reads, parsed once at start; a bad value stops the process with a clear message.
const EnvSchema = z.object({
  NODE_ENV: z.string().default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .optional(),
  DATA_DIR: z.string().default(join(repoRoot, '.data')),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_TTL: z.string().default('12h'),
  TRUST_PROXY: z.string().default(''),
  CORS_ORIGIN: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT: z.string().default('1mb'),
  AUTH_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  AUTH_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  AUTH_ADDRESS_FAILURE_LIMIT: z.coerce.number().int().positive().default(50),
  AUTH_ACCOUNT_FREE_FAILURES: z.coerce.number().int().positive().default(5),
  AUTH_ACCOUNT_MAX_BACKOFF_SECONDS: z.coerce.number().int().positive().default(900),
  EMAIL_TOKEN_HOURS: z.coerce.number().positive().default(48),
  VERIFICATION_MAILS_PER_HOUR: z.coerce.number().int().positive().default(3),
  INVITATION_DAYS: z.coerce.number().positive().default(14),
  INVITATIONS_PER_SUBMISSION_PER_DAY: z.coerce.number().int().positive().default(5),
  INVITATIONS_PER_MEMBER_PER_DAY: z.coerce.number().int().positive().default(20),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Summitdesk <no-reply@summitdesk.test>'),
  // Where people reach the portal; every link in a mail or feed is built from it, never from the
  // request's Host header, which a client chooses.
  PUBLIC_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://events.example.org' })
      .refine((url) => !/[?#]/.test(url), 'must not have a query or fragment')
      .optional(),
  ),
  // Card payments for sponsorships; without the secret key only bank transfers can be recorded.
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/, 'must be a Stripe secret or restricted key (sk_test_…, sk_live_…)')
    .or(z.literal(''))
    .default(''),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9_]+$/, "must be the webhook endpoint's signing secret (whsec_…)")
    .or(z.literal(''))
    .default(''),
  // Stripe's own API by default; a local server in tests, or an egress proxy.
  STRIPE_API_BASE: z
    .string()
    .regex(/^https?:\/\/[^/\s?#]+\/?$/, 'must be a base address such as https://api.stripe.com or http://127.0.0.1:12111')
    .default('https://api.stripe.com'),
  ADMIN_DIST: z.string().default(join(repoRoot, 'apps/admin/dist')),
  SEED_DEMO: booleanFlag,
  WORKERS: z.enum(['on', 'off']).default('on'),
  // Names this replica in an `X-Served-By` response header (unset: no header), so that one can see
  // which replica behind a proxy answered.
  INSTANCE_NAME: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1–64 letters, digits, dots, dashes or underscores')
    .optional(),
  QUEUE_POLL_SECONDS: z.coerce.number().min(0.5).default(2),
  // How long a stop (SIGTERM, Ctrl-C) waits for requests in flight before cutting them off.
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().positive().default(20),
  // Prometheus metrics at /api/metrics: `on` serves them to anyone; a token serves them to a bearer of it.
  METRICS: z.enum(['on', 'off']).default('off'),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  // The OpenAPI UI and document; unset means on, except in production.
  OPENAPI_DOCS: z.enum(['on', 'off']).optional(),
});

export type AppConfig = z.infer<typeof EnvSchema> & { jwtSecret: string; publicUrl: string; openApiDocs: boolean };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (!config.JWT_SECRET && config.NODE_ENV === 'production') {
    throw new Error('Invalid configuration:\n  JWT_SECRET: is required in production (replicas must share it)');
  }
  if (config.STRIPE_SECRET_KEY && !config.STRIPE_WEBHOOK_SECRET && config.NODE_ENV === 'production') {
    throw new Error(
      'Invalid configuration:\n  STRIPE_WEBHOOK_SECRET: is required with STRIPE_SECRET_KEY ' +
        '(card payments are confirmed only by signed webhooks)',
    );
  }
  const publicUrl = (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
  return {
    ...config,
    publicUrl,
    jwtSecret: config.JWT_SECRET ?? localSecret(config.DATA_DIR),
    // A production API does not describe itself to strangers unless asked to.
    openApiDocs: config.OPENAPI_DOCS ? config.OPENAPI_DOCS === 'on' : config.NODE_ENV !== 'production',
  };
}

// Without JWT_SECRET (a laptop, the demo) keep one random secret in the data folder so sign-ins
// survive restarts; production sets JWT_SECRET so that every replica agrees.
function localSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
