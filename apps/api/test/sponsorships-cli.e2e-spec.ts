import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config/config.js';
import {
  buy,
  createPackage,
  ledgerRows,
  sponsorshipWorld,
  summitWithBudget,
  verifiedSponsor,
  type SponsorshipWorld,
} from './sponsorship-fixtures.js';
import { bearer } from './test-app.js';

const run = promisify(execFile);
// The built command, as an operator runs it (npm test builds before testing).
const reconcileCli = join(repoRoot, 'apps/api/dist/cli/stripe-reconcile.js');

describe('npm run stripe:reconcile', () => {
  let world: SponsorshipWorld;
  let stripeBase: string;
  beforeAll(async () => {
    world = await sponsorshipWorld();
    stripeBase = world.t.config.STRIPE_API_BASE;
  });
  afterAll(() => world?.close());

  const cli = (args: string[]) =>
    run('node', [reconcileCli, ...args], {
      env: {
        ...process.env,
        DATABASE_URL: world.t.target.url,
        DATABASE_SCHEMA: world.t.target.schema,
        STRIPE_SECRET_KEY: 'sk_test_summitdesk',
        STRIPE_API_BASE: stripeBase,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'summitdesk-cli-')),
        LOG_LEVEL: 'silent',
      },
    }).then(
      (result) => ({ code: 0, stdout: result.stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout + error.stderr }),
    );

  it('reports a payment whose webhook was dropped, repairs it with --fix once, and then agrees', async () => {
    const { t, organizer, member, stripe } = world;
    const { event, budget } = await summitWithBudget(t, organizer);
    const sponsor = await verifiedSponsor(t, member, organizer, 'AMD');
    const gold = await createPackage(t, organizer, event.id, { name: 'Gold', price: 1_000_000, quantity: 1 });
    const bought = await buy(t, member, gold.id, sponsor.id);
    stripe.pay(bought.body.stripeCheckoutSessionId);
    const since = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

    const report = await cli(['--since', since]);
    expect(report.code).toBe(2);
    expect(report.stdout).toContain(`differs  sponsorship ${bought.body.id}`);
    expect(report.stdout).toContain('paid in Stripe, pending here');

    const fixed = await cli(['--since', since, '--fix']);
    expect(fixed.code, fixed.stdout).toBe(0);
    expect(fixed.stdout).toContain(`fixed    sponsorship ${bought.body.id}`);
    expect((await cli(['--since', since, '--fix'])).stdout).toContain('Stripe and the books agree.');

    expect((await t.http().get(`/api/sponsorships/${bought.body.id}`).set(bearer(member))).body.status).toBe('paid');
    expect(await ledgerRows(t, bought.body.id)).toEqual([{ kind: 'sponsorship', amount: '1000000', booth_proposal_id: null }]);
    expect((await t.http().get(`/api/budgets/${budget.id}/summary`).set(bearer(organizer))).body.income).toBe(1_000_000);
    // Three starts of the whole app on two shared cores.
  }, 120_000);
});
