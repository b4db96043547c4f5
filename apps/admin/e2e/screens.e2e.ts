import { describe, expect, it } from 'vitest';
import { browserJourney } from './support/journey.js';

// Issue #12's "landing where the work is", on a 1400 px screen: the organizer's global search finds
// a parcel by its tracking number, the bell shows a notification and marks it read, the dashboard
// shows the CfP progress card, and a reviewer with open reviews lands on their queue.
describe('Finished screens (browser, 1400 px)', () => {
  const journey = browserJourney('screens', {
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1400, height: 1000 },
  });

  it('finds a parcel by its tracking number from the app bar and opens it', async () => {
    const page = await journey.signIn(journey.organizer);
    // The dashboard's CfP progress card: the Xen Summit call, its deadline in the call's zone, each reviewer's count.
    const progress = page.getByRole('region', { name: 'CfP review progress' });
    await progress.getByText(/Reviews close .* America\/Los Angeles/).waitFor();
    await progress.getByRole('cell', { name: 'Jose Renato G Santos' }).waitFor();
    await page.getByRole('combobox', { name: 'Search' }).fill('1Z999AA10123456784');
    const found = page.getByRole('option', { name: /1Z999AA10123456784/ }).first();
    await found.waitFor();
    // The open result list, grouped by record type, is checked while it is on screen.
    await page.getByRole('group', { name: 'Shipments' }).waitFor();
    await journey.checkA11y(page);
    await found.click();
    await page.waitForURL(/\/shipments\/\d+\/show/);
    await page.getByRole('link', { name: 'UPS 1Z999AA10123456784' }).waitFor();
    expect(journey.errors).toEqual([]);
  });

  it('shows a new notification under the bell, opens its record and marks it read', async () => {
    const [shipment] = await journey.query(`SELECT id FROM shipment WHERE tracking_number = '1Z999AA10123456784' LIMIT 1`);
    await journey.query(
      `INSERT INTO in_app_notification (user_id, title, link_resource, link_id)
       SELECT id, 'Booth at SCALE: your parcel is on its way', 'shipments', $1 FROM app_user WHERE email = $2`,
      [shipment.id, journey.organizer.email],
    );
    const page = await journey.signIn(journey.organizer);
    const bell = page.getByRole('button', { name: /^Notifications, \d+ unread$/ });
    const unreadBefore = Number((await bell.getAttribute('aria-label'))!.match(/\d+/)![0]);
    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Notifications' });
    await journey.checkA11y(page);
    await panel.getByRole('button', { name: /your parcel is on its way/ }).click();
    await page.waitForURL(new RegExp(`/shipments/${shipment.id}/show`));
    const after = unreadBefore - 1;
    await page.getByRole('button', { name: after ? `Notifications, ${after} unread` : 'Notifications', exact: true }).waitFor();
    const [row] = await journey.query(`SELECT read_at FROM in_app_notification WHERE title = 'Booth at SCALE: your parcel is on its way'`);
    expect(row.read_at).not.toBeNull();
    if (after > 0) {
      await page.getByRole('button', { name: `Notifications, ${after} unread`, exact: true }).click();
      await page.getByRole('button', { name: 'Mark all read' }).click();
      await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    }
    expect(journey.errors).toEqual([]);
  });

  it('lands a reviewer with open reviews on their queue', async () => {
    const page = await journey.signIn({ email: 'jose@summitdesk.test', password: journey.member.password });
    // The first card on the home is the work they came for.
    const card = page.getByRole('region').first();
    await expect(card.getAttribute('aria-labelledby')).resolves.toBeTruthy();
    await card.getByRole('heading', { name: 'Review queue' }).waitFor();
    await card.getByText(/of \d+ reviewed/).waitFor();
    await card.getByRole('link', { name: 'Open my review queue' }).click();
    await page.waitForURL((url) => url.pathname === '/review-queue');
    // A reviewer who chairs nothing sees no progress card.
    expect(await page.getByRole('region', { name: 'CfP review progress' }).count()).toBe(0);
    expect(journey.errors).toEqual([]);
  });

  it('shows the chair the progress of their call', async () => {
    const page = await journey.signIn({ email: 'anil@summitdesk.test', password: journey.member.password });
    const progress = page.getByRole('region', { name: 'CfP review progress' });
    await progress.getByRole('columnheader', { name: 'Missing' }).waitFor();
    await progress.getByText(/days left/).waitFor();
    expect(journey.errors).toEqual([]);
  });
});
