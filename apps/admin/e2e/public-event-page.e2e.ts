import { describe, expect, it } from 'vitest';
import { browserJourney } from './support/journey.js';

// A visitor on a phone finds SCALE in the calendar, opens its page, sees that the community booth
// wants volunteers, signs in and offers a shift with the form already filled in.
describe('Public event page (browser, 390 px)', () => {
  const journey = browserJourney('public-event-page', {
    locale: 'en-US',
    timezoneId: 'Asia/Seoul',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const year = new Date().getUTCFullYear() + 1;

  it('lets a visitor open SCALE from the calendar and offer a shift at its booth', async () => {
    const page = await journey.visit('/public/events');
    await page.getByRole('heading', { name: 'Event calendar', level: 1 }).waitFor();
    // The cards fit the phone's width: no sideways scrolling.
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(390);
    await page.getByRole('link', { name: `Details of SCALE ${year}` }).click();
    await page.getByRole('heading', { name: `SCALE ${year}`, level: 1 }).waitFor();
    await page.getByText('Westin LAX').first().waitFor();
    await page.getByText('Times in America/Los_Angeles').first().waitFor();
    await page.getByRole('heading', { name: 'Volunteers wanted' }).waitFor();
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(390);
    await page
      .getByRole('link', { name: /^Offer a shift on/ })
      .first()
      .click();

    // Signing in comes first, then the sign-up form with the booth and the gap filled in.
    // Leaving the light public shell loads the admin afresh: on a loaded CI machine that takes longer than one step.
    await page.getByLabel(/^E-mail/).waitFor({ timeout: 60_000 });
    await page.getByLabel(/^E-mail/).fill('heechul@summitdesk.test');
    await page.getByLabel(/^Password/).fill('xen-booth-banner-2027');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/booth-shifts/create');
    await expect.poll(() => page.getByLabel(/^Day/).inputValue()).toBe(`${year}-02-19`);
    expect(await page.getByLabel(/^From/).inputValue()).toBe('10:00');
    await page.getByLabel(/^From/).fill('10:00');
    await page.getByLabel(/^Until/).fill('12:00');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL((url) => url.pathname === '/booth-shifts');
    await page
      .getByText(/offered/i)
      .first()
      .waitFor();
    expect(journey.errors).toEqual([]);
  });
});
