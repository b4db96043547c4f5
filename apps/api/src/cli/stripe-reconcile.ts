import { IsoDateSchema, type ReconciliationFinding } from '@summitdesk/contracts';
import { parseArgs } from 'node:util';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../config/config.js';
import { migrate } from '../database/data-source.js';
import { resolveDatabase } from '../database/database-url.js';
import { SponsorshipReconciliationService } from '../sponsorships/sponsorship-reconciliation.service.js';
import { fail } from './with-database.js';

const usage = 'usage: npm run stripe:reconcile -- --since YYYY-MM-DD [--until YYYY-MM-DD] [--fix]';

export type ReconcileArgs = { since: Date; until?: Date; fix: boolean };

export function parseReconcileArgs(args: string[]): ReconcileArgs {
  const { values } = parseArgs({
    args,
    options: { since: { type: 'string' }, until: { type: 'string' }, fix: { type: 'boolean', default: false } },
  });
  const date = (name: string, value: string | undefined) => {
    if (!IsoDateSchema.safeParse(value).success) throw new Error(`--${name} must be a date as YYYY-MM-DD\n${usage}`);
    return new Date(`${value}T00:00:00Z`);
  };
  if (!values.since) throw new Error(usage);
  return { since: date('since', values.since), ...(values.until ? { until: date('until', values.until) } : {}), fix: values.fix ?? false };
}

export function formatFindings(findings: ReconciliationFinding[], fix: boolean): string {
  if (findings.length === 0) return 'Stripe and the books agree.';
  const lines = findings.map(
    (finding) =>
      `${finding.fixed ? 'fixed   ' : 'differs '} sponsorship ${finding.sponsorshipId ?? '?'}  ${finding.stripeObject}  ${finding.problem}`,
  );
  const open = findings.filter((finding) => !finding.fixed).length;
  const hint = !fix && open > 0 ? '\nRun again with --fix to repair them through the webhook code path.' : '';
  return `${lines.join('\n')}\n${findings.length} disagreement(s), ${open} left open.${hint}`;
}

// Runs the app's own services (no HTTP, no workers) so that a repair is the webhook's code path.
async function run() {
  const args = parseReconcileArgs(process.argv.slice(2));
  const config = loadConfig({ ...process.env, WORKERS: 'off', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  if (!config.STRIPE_SECRET_KEY) throw new Error('STRIPE_SECRET_KEY is not set: there is no Stripe account to reconcile with');
  const { target, embedded } = await resolveDatabase(config);
  try {
    await migrate(target);
    const app = await createApp(config, target);
    await app.init();
    try {
      const findings = await app.get(SponsorshipReconciliationService).reconcile(args);
      process.stdout.write(`${formatFindings(findings, args.fix)}\n`);
      process.exitCode = findings.some((finding) => !finding.fixed) ? 2 : 0;
    } finally {
      await app.close();
    }
  } finally {
    await embedded?.stop();
  }
}

if (process.argv[1]?.endsWith('stripe-reconcile.js')) run().catch(fail);
