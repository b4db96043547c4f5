import { describe, expect, it } from 'vitest';
import { browserJourney } from './support/journey.js';

// Sponsorships through the built admin on the demo data, with no Stripe keys configured: the
// organizer reads the sponsorship list (states, money, the refunded one) and a sponsorship's history;
// a member opens the Sponsor page, compares the package cards and is told that card payment is not
// configured and a bank transfer can be arranged; AMD's contact reserves a Silver package that way.
describe('Sponsorships (browser)', () => {
  const journey = browserJourney('sponsorships', {
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
    viewport: { width: 1440, height: 1000 },
  });

  it('shows the organizer the demo sponsorships with their state, amount and history', async () => {
    const page = await journey.signIn(journey.organizer);
    await page.getByRole('menuitem', { name: 'Sponsorships' }).click();
    await page.waitForURL((url) => url.pathname === '/sponsorships');
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    // AMD's Gold sponsorship of Xen Summit is paid; one demo sponsorship shows the refund path.
    const amd = rows.filter({ hasText: 'AMD' }).first();
    await amd.getByText('Paid', { exact: true }).waitFor();
    await expect(amd.textContent()).resolves.toMatch(/[$€£]\s?[\d,]+\.\d{2}/);
    await rows.getByText('Refunded', { exact: true }).first().waitFor();
    await amd.click();
    await page.waitForURL(/\/sponsorships\/\d+\/show/);
    await page.getByRole('tab', { name: 'History' }).click();
    await page
      .getByRole('list', { name: 'History of this record' })
      .getByText(/the sponsorship/)
      .first()
      .waitFor();
    expect(journey.errors).toEqual([]);
  });

  it('lets a member compare package cards and says card payment is not configured', async () => {
    const page = await journey.signIn(journey.member);
    await page.getByRole('menuitem', { name: 'Sponsor' }).click();
    await page.waitForURL((url) => url.pathname === '/sponsor');
    await page.getByRole('heading', { level: 1, name: 'Sponsor the community' }).waitFor();
    // Without STRIPE_SECRET_KEY the page says so before anyone clicks.
    await page.getByText('Card payment is not configured').waitFor();
    await page.getByText(/arrange a bank transfer/).waitFor();
    const cards = page.getByRole('article');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(0);
    await expect(cards.first().textContent()).resolves.toMatch(/[$€£]\s?[\d,]+\.\d{2}/);
    await cards
      .getByText(/of \d+ left|Sold out/)
      .first()
      .waitFor();
    // Each card offers the bank transfer, not a card checkout.
    await cards
      .first()
      .getByRole('button', { name: /and pay by bank transfer/ })
      .waitFor();
    // A member without a company profile is shown how to create one; a contact sees who they buy for.
    await page
      .getByText(/First, your company’s sponsor profile|Buying as/)
      .first()
      .waitFor();
    expect(journey.errors).toEqual([]);
  });

  it('lets a sponsor contact reserve a package without Stripe and says a bank transfer will be arranged', async () => {
    // AMD's contact in the demo data; the same demo password as every demo account.
    const page = await journey.signIn({ email: 'tim@summitdesk.test', password: journey.member.password });
    await page.goto(`${journey.baseUrl}/sponsor`);
    await page.getByText('Buying as AMD').waitFor();
    const silver = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Silver' }) });
    await silver.getByRole('button', { name: /Reserve Silver and pay by bank transfer/ }).click();
    await page.waitForURL(/\/sponsorships\/\d+\/show\?checkout=bank_transfer/);
    await page.getByRole('status').getByText('Card payment is not configured').waitFor();
    await page
      .getByRole('status')
      .getByText(/arrange a bank transfer/)
      .waitFor();
    await page.getByText('Pending', { exact: true }).first().waitFor();
    // The new sponsorship is among the company's receipts, still waiting for its money.
    await page.getByRole('link', { name: 'Back to the Sponsor page' }).click();
    await page
      .getByRole('table', { name: /Sponsorships and receipts of AMD/ })
      .getByText('Pending', { exact: true })
      .waitFor();
    expect(journey.errors).toEqual([]);
  });
});
