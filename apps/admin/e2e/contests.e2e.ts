import { describe, expect, it } from 'vitest';
import { browserJourney } from './support/journey.js';

// The mascot contest as members and the organizer meet it in the built admin, on the demo data
// (voting open): a member votes and changes the vote in the gallery, the organizer closes voting,
// and the public page shows the results.
describe('Contests (browser)', () => {
  const journey = browserJourney('contests', { locale: 'en-US', viewport: { width: 1280, height: 900 } });

  it('lets a member vote from the home page and move the vote, with their own entry not votable', async () => {
    const page = await journey.signIn(journey.member);
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
    const page = await journey.signIn(journey.organizer);
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
    // The results list comes with the lazily loaded chart, after the heading: wait for it, do not sample it.
    await page.getByText(/Komodo Kernel — Fajar A\. Nugraha: 2 votes/).waitFor();
  });
});
