import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.js';

// The mascot contest as members and the organizer meet it in the built admin, on the demo data
// (voting open): a member votes and changes the vote in the gallery, the organizer closes voting,
// and the public page shows the results.
describe('Contests (browser)', () => {
  let browser: Browser;
  let baseUrl: string;
  let stopServer: () => Promise<void>;
  let member: { email: string; password: string };
  let organizer: { email: string; password: string };

  beforeAll(async () => {
    const { startAppServer } = await import('./support/app-server.js');
    const server = await startAppServer();
    ({ baseUrl, member, organizer } = server);
    stopServer = server.close;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer?.();
  });

  async function signIn(user: { email: string; password: string }): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(/^E-mail/).fill(user.email);
    await page.getByLabel(/^Password/).fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    return page;
  }

  it('lets a member vote from the home page and move the vote, with their own entry not votable', async () => {
    const page = await signIn(member);
    const openContests = page.getByRole('region', { name: 'Contests open now' });
    await openContests.getByRole('link', { name: 'Vote' }).click();
    await page.getByText('Entries are shown in an order of your own').waitFor();

    // The demo member is the author of Xenguin: it carries "Your entry" and no vote button.
    const own = page.getByRole('article', { name: 'Xenguin' });
    await expect(own.getByText('Your entry').isVisible()).resolves.toBe(true);
    await expect(own.getByRole('button', { name: /vote/i }).count()).resolves.toBe(0);

    const panda = page.getByRole('article', { name: 'Panda Dom0' });
    const komodo = page.getByRole('article', { name: 'Komodo Kernel' });
    await panda.getByRole('button', { name: 'Vote' }).click();
    await panda.getByText('Your vote').waitFor();
    await komodo.getByRole('button', { name: 'Vote for this instead' }).click();
    await komodo.getByText('Your vote').waitFor();
    await expect(page.getByText('Your vote', { exact: true }).count()).resolves.toBe(1);

    // The artwork opens in a lightbox and Escape closes it.
    await page.getByRole('button', { name: 'Show artwork of Panda Dom0' }).click();
    const dialog = page.getByRole('dialog', { name: /Panda Dom0/ });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('lets the organizer close voting and shows the results, also on the public page', async () => {
    const page = await signIn(organizer);
    await page.getByRole('menuitem', { name: 'Contests' }).click();
    await page.getByRole('cell', { name: 'Community mascot contest' }).click();
    await page.getByRole('button', { name: 'Close voting now' }).click();
    await page.getByRole('button', { name: 'Close voting', exact: true }).click();
    await page.getByText('Voting is closed; the results are public.').waitFor();

    await page.getByRole('tab', { name: 'Results' }).click();
    await page.getByText(/members voted/).waitFor();
    await expect(page.getByRole('img', { name: 'Votes per entry' }).isVisible()).resolves.toBe(true);

    await page.getByRole('link', { name: 'Public page' }).click();
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    await expect(page.getByText(/Komodo Kernel — Fajar A\. Nugraha: 2 votes/).isVisible()).resolves.toBe(true);
  });
});
