import { describe, expect, it } from 'vitest';
import { browserJourney } from './support/journey.js';

// Bidding through the built admin on the demo data (issue 14): the Xen Summit chair opens bidding,
// Justin Ryan (the reviewer who has not bid yet) bids by keyboard, declares a conflict, and finds his
// bids saved after a reload; the page works at phone width.
describe('Bidding (browser)', () => {
  const journey = browserJourney('bidding', {
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
    viewport: { width: 1400, height: 1000 },
  });
  const demo = (email: string) => ({ email, password: journey.organizer.password });
  const bidOf = async (email: string) =>
    journey.query(
      `SELECT s.title, b.value FROM bid b JOIN submission s ON s.id = b.submission_id JOIN app_user u ON u.id = b.reviewer_id
        WHERE u.email = $1 ORDER BY s.title`,
      [email],
    );

  it('lets the chair open bidding from the call', async () => {
    const chair = await journey.signIn(demo('anil@summitdesk.test'));
    await chair.goto(`${journey.baseUrl}/cfps`);
    await chair.getByRole('cell', { name: 'Call for presentations', exact: true }).click();
    await chair.getByRole('button', { name: 'Open bidding' }).click();
    const dialog = chair.getByRole('dialog', { name: 'Open bidding?' });
    await journey.checkA11y(chair);
    await dialog.getByRole('button', { name: 'Open bidding' }).click();
    await chair.getByText('Bidding is open; the committee was told.').waitFor();
    await chair.getByRole('button', { name: 'Close bidding' }).waitFor();
    const told = await journey.query(
      `SELECT count(*)::int AS n FROM in_app_notification n JOIN app_user u ON u.id = n.user_id
        WHERE u.email = 'justin@summitdesk.test' AND n.link_resource = 'bidding'`,
    );
    expect(told).toEqual([{ n: 1 }]);
    expect(journey.errors).toEqual([]);
  });

  it('lets a reviewer bid by keyboard, declare a conflict, and find the bids saved after a reload', async () => {
    const page = await journey.signIn(demo('justin@summitdesk.test'));
    await page.getByRole('menuitem', { name: 'Review queue' }).click();
    await page.getByRole('link', { name: /Bid on the talks of/ }).click();
    await page.getByRole('heading', { name: /^Bidding: Xen Summit/, level: 1 }).waitFor();
    const list = page.getByRole('list', { name: 'Talks to bid on' });
    await list.getByRole('listitem').first().waitFor();
    // No speaker under anonymous review.
    expect(await page.getByText(/Konrad|Oracle|Fajar|Heechul/).count()).toBe(0);

    await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).waitFor();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.getByText('Declare a conflict (asks first)').waitFor();
    await journey.checkA11y(page);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    const first = 'Transcendent memory in practice';
    const second = 'Xen on ARM: bringing the hypervisor to phones';
    const third = 'Remus: high availability by asynchronous replication';
    await page.keyboard.press('j');
    await page.keyboard.press('4');
    await expect.poll(() => page.getByLabel(`Your bid on “${first}”`).inputValue()).toBe('20');
    await page.keyboard.press('j');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(() => page.getByLabel(`Your bid on “${second}”`).inputValue()).toBe('-10');
    await page.getByRole('listitem', { name: second }).getByText('Saved').waitFor();
    await page.getByRole('listitem', { name: first }).getByText('Saved').waitFor();

    await page.keyboard.press('j');
    await page.keyboard.press('c');
    const ask = page.getByRole('dialog', { name: 'Declare a conflict of interest?' });
    await ask.getByText(third, { exact: false }).waitFor();
    await journey.checkA11y(page);
    await ask.getByRole('button', { name: 'Declare conflict' }).click();
    await page.getByText('Conflict declared; the talk left your list.').first().waitFor();
    await page.getByRole('listitem', { name: third }).waitFor({ state: 'detached' });

    await page.reload();
    await expect.poll(() => page.getByLabel(`Your bid on “${first}”`).inputValue()).toBe('20');
    expect(await page.getByLabel(`Your bid on “${second}”`).inputValue()).toBe('-10');
    expect(await page.getByRole('listitem', { name: third }).count()).toBe(0);
    expect(await bidOf('justin@summitdesk.test')).toEqual([
      { title: first, value: 20 },
      { title: second, value: -10 },
    ]);
    const declared = await journey.query(
      `SELECT s.title FROM conflict c JOIN submission s ON s.id = c.submission_id JOIN app_user u ON u.id = c.reviewer_id
        WHERE u.email = 'justin@summitdesk.test'`,
    );
    expect(declared).toEqual([{ title: third }]);
    await journey.checkA11y(page);
    expect(journey.errors).toEqual([]);
  });

  it('sets topic interests and works at phone width', async () => {
    const page = await journey.signIn(demo('justin@summitdesk.test'));
    await page.setViewportSize({ width: 390, height: 844 });
    const [cfp] = await journey.query(`SELECT id FROM cfp WHERE bidding_open ORDER BY id LIMIT 1`);
    await page.goto(`${journey.baseUrl}/bidding/${cfp.id}`);
    await page.getByRole('list', { name: 'Talks to bid on' }).getByRole('listitem').first().waitFor();
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Topic interests' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your topic interests' });
    await dialog.getByRole('combobox', { name: 'ARM' }).click();
    await page.getByRole('option', { name: 'Very interested (+2)' }).click();
    await dialog.getByRole('button', { name: 'Save interests' }).click();
    await page.getByText('Topic interests saved').waitFor();
    await page.getByText('Matches your interests: ARM').first().waitFor();
    await page.getByRole('button', { name: /Raise the bid on “Xen in Indonesian university labs”/ }).click();
    await page.getByRole('listitem', { name: 'Xen in Indonesian university labs' }).getByText('Saved').waitFor();
    await journey.checkA11y(page);
    expect(journey.errors).toEqual([]);
  });
});
