import { describe, expect, it } from 'vitest';
import { browserJourney } from './support/journey.js';

// The presentation library on the demo data: a visitor finds last year's most popular talk in the
// public library, opens it (a view) and fetches the slides (a download); the organizer's Statistics
// page then counts that view in this year's figures, and lists the talk as the most popular.
describe('Presentation library (browser)', () => {
  const journey = browserJourney('presentations', { locale: 'en-US', timezoneId: 'UTC', viewport: { width: 1440, height: 1000 } });

  it("counts a visitor's view of last year's slides on the organizer's statistics page", async () => {
    const year = new Date().getUTCFullYear();
    const visitor = await journey.visit('/public/presentations');
    await visitor.getByRole('heading', { name: 'Presentation library' }).waitFor();
    await visitor.getByLabel('Search by title, speaker or track').fill('magenheimer');
    // The search narrows the library to the talk by that speaker.
    await visitor.getByRole('link', { name: /Blktap2/ }).waitFor({ state: 'detached' });
    await visitor.getByRole('link', { name: /Memory Management in Xen/ }).click();
    await visitor.getByRole('heading', { name: 'Memory Management in Xen' }).waitFor();
    // The demo counted 48 views; this visit is the 49th (and a reload the same day is not another).
    await visitor.getByText('49 views').waitFor();
    await visitor.reload();
    await visitor.getByText('49 views').waitFor();
    await visitor.getByRole('img', { name: 'First slide of “Memory Management in Xen”' }).waitFor();
    const popup = visitor.context().waitForEvent('page');
    await visitor.getByRole('button', { name: /Download slides \(PDF, 3 pages\)/ }).click();
    await (await popup).close();
    await visitor.getByText('18 downloads').waitFor();

    const organizer = await journey.signIn(journey.organizer);
    await organizer.getByRole('menuitem', { name: 'Statistics' }).click();
    await organizer.waitForURL((url) => url.pathname === '/statistics');
    await organizer.getByLabel('Per', { exact: true }).click();
    await organizer.getByRole('option', { name: 'Year' }).click();
    const row = organizer.getByTestId(`statistics-${year}`);
    // Five talks with 125 demo views and 38 downloads, plus the visitor's view and download.
    await expect(row.locator('[data-column="views"]').textContent()).resolves.toBe('126');
    await expect(row.locator('[data-column="downloads"]').textContent()).resolves.toBe('39');
    await expect(row.locator('[data-column="presentationsUploaded"]').textContent()).resolves.toBe('5');
    await expect(organizer.getByTestId('popular-list').locator('li').first().textContent()).resolves.toContain('Memory Management in Xen');
    expect(journey.errors).toEqual([]);
  });
});
