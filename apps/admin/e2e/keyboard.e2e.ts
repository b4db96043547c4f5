import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserJourney } from './support/journey.js';

// The forms people fill most, with the keyboard alone (UX.md, accessible): after signing in, no mouse
// click — Tab moves the focus, typing fills, arrow keys pick, Enter and Space press.
describe('Keyboard only (browser)', () => {
  const journey = browserJourney('keyboard', { locale: 'en-US', timezoneId: 'America/New_York', viewport: { width: 1400, height: 1000 } });
  const demo = (email: string) => ({ email, password: journey.organizer.password });

  // Presses Tab until `target` (or something inside it) has the focus; fails if it is not reachable.
  const tabTo = async (page: Page, target: Locator) => {
    await target.first().waitFor();
    for (let presses = 0; presses < 80; presses++) {
      const focused = await target.first().evaluate((element) => element.matches(':focus, :focus-within'));
      if (focused) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`not reachable with Tab: ${target.toString()}`);
  };

  it('lets a member propose a booth with the keyboard', async () => {
    const page = await journey.signIn(journey.member);
    await page.goto(`${journey.baseUrl}/booth-proposals/create`);
    await tabTo(page, page.getByLabel(/^Event/));
    await page.keyboard.type('Xen Summit North');
    // The arrow keys walk the suggestions; Enter takes the highlighted one.
    const xenSummit = page.getByRole('option', { name: /Xen Summit North America/ }).first();
    await xenSummit.waitFor();
    for (let presses = 0; presses < 10 && (await xenSummit.getAttribute('class'))?.includes('Mui-focused') !== true; presses++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect(page.getByLabel(/^Event/).inputValue()).resolves.toMatch(/Xen Summit North America/);
    await tabTo(page, page.getByLabel(/^Pitch/));
    await page.keyboard.type('A keyboard-only table for newcomers.');
    await tabTo(page, page.getByLabel(/^Amount/));
    await page.keyboard.type('120');
    await tabTo(page, page.getByRole('button', { name: 'Save' }));
    await page.keyboard.press('Enter');
    await page.getByText(/keyboard-only table/).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Submit' }));
    await page.keyboard.press('Enter');
    await page.getByText('Submitted for review').first().waitFor();
    expect(journey.errors).toEqual([]);
  });

  it('lets a reviewer score a talk in the review queue with the keyboard', async () => {
    const page = await journey.signIn(demo('tim@summitdesk.test'));
    await page.goto(`${journey.baseUrl}/review-queue`);
    await page.getByText(/of \d+ reviewed/).waitFor();
    await tabTo(page, page.getByRole('button', { name: /Transcendent memory in practice/ }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Transcendent memory in practice' }).waitFor();
    // A radio group: Tab reaches it, the arrow keys choose the score.
    const score = page.getByRole('radiogroup', { name: 'Score' });
    await tabTo(page, score);
    await score.getByLabel('+1').focus();
    await page.keyboard.press('Space');
    await expect(score.getByLabel('+1').isChecked()).resolves.toBe(true);
    await tabTo(page, page.getByLabel('Comment to speakers'));
    await page.keyboard.type('Typed without a mouse.');
    await tabTo(page, page.getByRole('button', { name: 'Submit review' }));
    await page.keyboard.press('Enter');
    await page.getByText('Review saved').waitFor();
    expect(journey.errors).toEqual([]);
  });

  it('lets a member vote in a contest with the keyboard', async () => {
    const page = await journey.signIn(journey.member);
    const openContests = page.getByRole('region', { name: 'Contests open now' });
    await tabTo(page, openContests.getByRole('link', { name: 'Vote' }));
    await page.keyboard.press('Enter');
    await page.getByText('Entries are shown in an order of your own').waitFor();
    const panda = page.getByRole('article', { name: 'Panda Dom0' });
    // The artwork opens with Enter and closes with Escape.
    await tabTo(page, page.getByRole('button', { name: 'Show artwork of Panda Dom0' }));
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: /Panda Dom0/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await tabTo(page, panda.getByRole('button', { name: /^Vote/ }));
    await page.keyboard.press('Space');
    await panda.getByText('Your vote').waitFor();
    expect(journey.errors).toEqual([]);
  });
});
