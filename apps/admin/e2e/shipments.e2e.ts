import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserJourney } from './support/journey.js';

// The organizer's parcel journey through the built admin, on the demo data: the dashboard's
// shipment cards, the board, shipping the packed SouthEast LinuxFest parcel with a UPS number,
// and the counts moving with it.
describe('Shipments (browser)', () => {
  const journey = browserJourney('shipments', {
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
    viewport: { width: 1440, height: 1000 },
  });
  let page: Page;

  const card = (title: string) => page.getByRole('region', { name: title });

  it('shows parcels in flight, overdue parcels and banners out on the dashboard', async () => {
    page = await journey.signIn(journey.organizer);
    await card('Banners out').waitFor();
    await card('Banners out').getByText('1', { exact: true }).waitFor();
    await card('Parcels in flight').getByText('0', { exact: true }).waitFor();
  });

  it('lays the parcels out on the board by state', async () => {
    await page.getByRole('menuitem', { name: 'Shipments' }).click();
    const delivered = page.getByRole('region', { name: 'Delivered' });
    await delivered.getByText(/SCALE/).waitFor();
    await page
      .getByRole('region', { name: 'Packed' })
      .getByText(/SouthEast LinuxFest/)
      .waitFor();
  });

  it('ships the packed parcel, asking for the carrier and a valid tracking number', async () => {
    await page
      .getByRole('region', { name: 'Packed' })
      .getByText(/SouthEast LinuxFest/)
      .click();
    await page.getByRole('button', { name: 'Mark shipped' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /Carrier/ }).click();
    await page.getByRole('option', { name: 'UPS' }).click();
    await dialog.getByLabel(/Tracking number/).fill('1Z999');
    await dialog.getByText(/not a UPS tracking number/).waitFor();
    await expect(dialog.getByRole('button', { name: 'Mark shipped' }).isDisabled()).resolves.toBe(true);
    await dialog.getByLabel(/Tracking number/).fill('1Z999AA10123456784');
    await dialog.getByRole('button', { name: 'Mark shipped' }).click();
    await page.getByText('Shipped', { exact: true }).first().waitFor();
    await page.getByText(/\(America\/New_York\)/).waitFor();
    const link = page.getByRole('link', { name: 'UPS 1Z999AA10123456784' });
    await expect(link.getAttribute('href')).resolves.toBe('https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784');
  });

  it('counts the parcel in flight on the dashboard', async () => {
    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
    await card('Parcels in flight').getByText('1', { exact: true }).waitFor();
  });
});
