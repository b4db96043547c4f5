import { describe, expect, it } from 'vitest';
import { browserJourney } from './support/journey.js';

// The booth program through the built admin on the demo data: a member proposes a booth with the
// guided form and submits it; the organizer approves the SouthEast LinuxFest booth in the dialog,
// marks it paid, and finds it on the budget page and in the proposal's history.
describe('Booth proposals (browser)', () => {
  const journey = browserJourney('booth', { locale: 'en-US', timezoneId: 'America/New_York', viewport: { width: 1400, height: 1000 } });

  it('lets a member propose a booth with the guided form and submit it', async () => {
    const page = await journey.signIn(journey.member);
    await page.getByRole('heading', { name: 'My booth proposals' }).waitFor();
    await page.goto(`${journey.baseUrl}/booth-proposals/create`);
    await page.getByLabel(/^Event/).click();
    await page.getByRole('option', { name: /Xen Summit North America/ }).click();
    await page.getByLabel(/^Pitch/).fill('The summit needs a community table for newcomers.');
    await page.getByLabel(/^Amount/).fill('250');
    await page.getByRole('button', { name: 'Save' }).click();
    // The draft is edited with the same form before it goes out.
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel(/^Pitch/).fill('The summit needs a community table for newcomers, staffed all day.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/staffed all day/).waitFor();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('Submitted for review').first().waitFor();
    await page.getByText('Waiting on an organizer').first().waitFor();
  });

  it('lets the organizer approve, mark paid and see the money and the history', async () => {
    const page = await journey.signIn(journey.organizer);
    await page.getByRole('heading', { name: 'Booth proposal pipeline' }).waitFor();
    await page.goto(`${journey.baseUrl}/booth-proposals`);
    await page
      .getByRole('cell', { name: /SouthEast LinuxFest/ })
      .first()
      .click();
    // The show page loads its chunk first; until then "Approved" in the list's filters would match.
    await page.waitForURL(/\/booth-proposals\/\d+\/show/);
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Approved fee/).fill('400');
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Proposal approved').waitFor();
    await page.getByRole('button', { name: 'Mark fee paid' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mark paid' }).click();
    await page.getByText('Fee marked paid').waitFor();
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText(/Stephen Spector approved the booth proposal/).waitFor();
    await page.getByRole('tab', { name: 'Rota' }).click();
    await page.getByText(/uncovered/).waitFor();

    await page.goto(`${journey.baseUrl}/budgets`);
    await page.getByRole('cell', { name: String(new Date().getFullYear() + 1) }).click();
    await page.getByRole('heading', { name: 'Burn-down' }).waitFor();
    // The approval and the payment are both in the ledger, $400.00 each.
    await page.getByRole('row').filter({ hasText: 'Booth at SouthEast LinuxFest' }).getByText('$400.00').waitFor();
    await page.getByRole('row').filter({ hasText: 'Booth fee paid: SouthEast LinuxFest' }).getByText('$400.00').waitFor();
    expect(journey.errors).toEqual([]);
  });
});
