import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserJourney } from './support/journey.js';

// The organizer's event journey through the built admin: sign in, create an event with the form,
// confirm it, find it again by searching the list.
// Against a running server: E2E_BASE_URL (where the API serves the admin), E2E_EMAIL, E2E_PASSWORD
// (see support/journey.ts); without it the app starts in-process on a fresh schema with the demo data.
describe('Events (browser)', () => {
  const journey = browserJourney('events', { locale: 'en-US', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 900 } });
  let page: Page;
  const eventName = `E2E Summit ${Date.now().toString(36)}`;

  it('signs an organizer in and lands on the dashboard', async () => {
    page = await journey.signIn(journey.organizer);
    await page.getByRole('heading', { name: 'Events by status' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('creates an event through the Create form', async () => {
    await page.getByRole('menuitem', { name: 'Events' }).click();
    await page.getByRole('link', { name: 'Create' }).click();

    await page.getByLabel(/^Name/).fill(eventName);
    await page.getByLabel(/^Start date/).fill('2027-09-14');
    await page.getByLabel(/^End date/).fill('2027-09-16');
    // The zone defaults to the browser's; clear it, then pick one by typing.
    const timeZone = page.getByRole('combobox', { name: /^Time zone/ });
    await timeZone.fill('');
    await timeZone.pressSequentially('Europe/Berl');
    await page.getByRole('option', { name: 'Europe/Berlin' }).click();
    await page.getByLabel(/^Venue/).fill('Kulturbrauerei');
    await page.getByLabel(/^City/).fill('Berlin');
    await page.getByRole('combobox', { name: /^Country/ }).pressSequentially('Germany');
    await page.getByRole('option', { name: 'Germany (DE)' }).click();
    await page.getByRole('button', { name: 'Save' }).click();

    // The Show page: the event's name in the title, planned, dates with the zone named.
    await page.getByText(`Event ${eventName}`).waitFor();
    await expect(page.getByText('Europe/Berlin').first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Confirm' }).isVisible()).resolves.toBe(true);
  });

  it('confirms the event from its toolbar', async () => {
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Event confirmed').waitFor();
    // Only the next allowed actions remain.
    await page.getByRole('button', { name: 'Mark held' }).waitFor();
    await expect(page.getByRole('button', { name: 'Confirm' }).count()).resolves.toBe(0);
  });

  it('finds the confirmed event in the list by searching', async () => {
    await page.getByRole('menuitem', { name: 'Events' }).click();
    await page.getByRole('textbox', { name: 'Search events' }).fill(eventName);
    const row = page.getByRole('row').filter({ hasText: eventName });
    await row.waitFor();
    await expect(row.count()).resolves.toBe(1);
    await expect(row.getByText('Confirmed').isVisible()).resolves.toBe(true);
  });
});
