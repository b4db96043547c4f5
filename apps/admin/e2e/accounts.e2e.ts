import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser.js';

type Server = Awaited<ReturnType<typeof import('./support/app-server.js').startAppServer>>;

// A new member confirms their address from the mailed link, then accepts an invitation to
// co-present a talk from its own link: before confirming, the invitation cannot be accepted.
describe('Accounts and invitations (browser)', () => {
  let browser: Browser;
  let server: Server;
  const errors: string[] = [];

  beforeAll(async () => {
    const { startAppServer } = await import('./support/app-server.js');
    server = await startAppServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    if (process.env.E2E_SCREENSHOTS)
      for (const [c, context] of (browser?.contexts() ?? []).entries())
        for (const [n, open] of context.pages().entries())
          await open.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/accounts-${c}-${n}.png`, fullPage: true });
    await browser?.close();
    await server?.close();
  });

  it('registers, confirms the address from the mailed link, and accepts an invitation by its link', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${server.baseUrl}/register`);
    await page.getByLabel(/^Full name/).fill('Lisa Nguyen');
    await page.getByLabel(/^E-mail/).fill('lisa@example.test');
    await page.getByLabel(/^Password/).fill('paper-lanterns-over-the-harbour');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByText(/Please confirm lisa@example.test/).waitFor();

    // Heechul names Lisa as co-speaker of his talk; the link's secret is known here, its hash stored.
    const token = 'e2e-invitation-token-0123456789abcdefghij';
    const [talk] = await server.query(
      `SELECT id, submitter_id FROM submission WHERE title = 'Xen on ARM: bringing the hypervisor to phones'`,
    );
    const [speaker] = await server.query(
      `INSERT INTO submission_speaker (submission_id, email, status, position) VALUES ($1, 'lisa@example.test', 'invited', 9) RETURNING id`,
      [talk.id],
    );
    await server.query(
      `INSERT INTO speaker_invitation (submission_id, speaker_id, invited_by_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, ` +
        `now() + interval '1 day')`,
      [talk.id, speaker.id, talk.submitter_id, createHash('sha256').update(token).digest('hex')],
    );

    await page.goto(`${server.baseUrl}/invitations/accept?token=${token}`);
    await page.getByText(/Heechul Kim invites you to co-present "Xen on ARM/).waitFor();
    await page.getByText(/Confirm your e-mail address before accepting/).waitFor();
    expect(await page.getByRole('button', { name: 'Accept and become a speaker' }).isDisabled()).toBe(true);

    const [mail] = await server.query(
      `SELECT body FROM outbox_message WHERE to_email = 'lisa@example.test' AND subject LIKE 'Confirm your e-mail%'`,
    );
    const link = /(https?:\/\/\S+\/verify-email#token=\S+)/.exec(mail.body)![1];
    await page.goto(`${server.baseUrl}${new URL(link).pathname}${new URL(link).hash}`);
    await page.getByText('Thank you: lisa@example.test is confirmed.').waitFor();
    expect(page.url()).not.toContain('token');
    await page.getByRole('link', { name: 'Continue to Summitdesk' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.getByText(/Please confirm/).count()).toBe(0);

    // Lisa opens the invitation on another device: she signs in first and comes back to it.
    const other = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
    other.setDefaultTimeout(15_000);
    const phone = await other.newPage();
    phone.on('pageerror', (error) => errors.push(error.message));
    await phone.goto(`${server.baseUrl}/invitations/accept?token=${token}`);
    await phone.waitForURL((url) => url.pathname === '/login');
    await phone.getByLabel(/^E-mail/).fill('lisa@example.test');
    await phone.getByLabel(/^Password/).fill('paper-lanterns-over-the-harbour');
    await phone.getByRole('button', { name: 'Sign in' }).click();
    await phone.waitForURL((url) => url.pathname === '/invitations/accept' && url.search.includes('token='));
    await phone.getByRole('button', { name: 'Accept and become a speaker' }).click();
    await phone.waitForURL((url) => url.pathname === `/submissions/${talk.id}/show`);
    await phone.getByText('You are now a speaker of this talk.').waitFor();
    expect(errors).toEqual([]);
  });
});
