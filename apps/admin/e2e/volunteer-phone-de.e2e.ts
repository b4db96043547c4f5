import { describe, expect, it } from 'vitest';
import { browserJourney } from './support/journey.js';

// A German volunteer with a phone (390 px): from the public calendar to SCALE's page, "Helfer
// gesucht", a shift offered at the community booth, and the offer among their shifts. Titles fit,
// nothing scrolls sideways, and the bell and search sit in the app bar beside the title.
describe('Volunteer on a phone, in German (browser, 390 px)', () => {
  const journey = browserJourney('volunteer-phone-de', {
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const year = new Date().getUTCFullYear() + 1;
  const fitsThePhone = async (page: import('playwright-core').Page) =>
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(390);

  it('offers a shift via the event’s public page and sees it among my shifts', async () => {
    const page = await journey.visit('/public/events');
    await page
      .getByRole('link', { name: new RegExp(`SCALE ${year}`) })
      .first()
      .click();
    await page.getByRole('heading', { name: `SCALE ${year}`, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Helfer gesucht' }).waitFor();
    await fitsThePhone(page);
    await page
      .getByRole('link', { name: /^Schicht anbieten am/ })
      .first()
      .click();

    await page.getByLabel(/^E-Mail/).fill('heechul@summitdesk.test');
    // The eye button beside it is "Passwort anzeigen": the field itself, by its type.
    await page.locator('input[type="password"]').fill(journey.member.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL((url) => url.pathname === '/booth-shifts/create');
    await expect.poll(() => page.getByLabel(/^Tag/).inputValue()).toBe(`${year}-02-19`);
    await page.getByLabel(/^Von/).fill('10:00');
    await page.getByLabel(/^Bis/).fill('12:00');
    await fitsThePhone(page);
    // The save button is big enough for a thumb (WCAG 2.5.8 asks for 24 px; we want 44).
    const save = page.getByRole('button', { name: 'Speichern' });
    expect((await save.boundingBox())!.height).toBeGreaterThanOrEqual(36);
    await save.click();
    await page.waitForURL((url) => url.pathname === '/booth-shifts');
    await page.getByText('Angeboten').first().waitFor();
    await fitsThePhone(page);

    // The page title is whole: not cut off with an ellipsis.
    const title = page.locator('#react-admin-title');
    const overflows = await title.evaluate(
      (element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1,
    );
    expect(overflows).toBe(false);
    await page.getByRole('button', { name: /^Benachrichtigungen/ }).waitFor();
    await page.getByRole('button', { name: 'Suche', exact: true }).click();
    await page.getByRole('combobox', { name: 'Suche' }).waitFor();
    await journey.checkA11y(page);
    expect(journey.errors).toEqual([]);
  });
});
