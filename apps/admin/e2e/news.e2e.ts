import { describe, expect, it } from 'vitest';
import { browserJourney } from './support/journey.js';

// The weekly digest as the community manager and a subscriber meet it, on the demo data: the
// organizer opens next week's issue, finds SCALE asking for booth volunteers, the open call for
// papers with its Los Angeles deadline and the mascot contest, writes the intro and sends it; the
// member (who reads German) receives it once and unsubscribes with one click, without signing in again.
describe('Weekly digest (browser)', () => {
  const journey = browserJourney('news', { locale: 'en-US', timezoneId: 'America/Los_Angeles', viewport: { width: 1440, height: 1000 } });

  it('lets the organizer compose, preview, introduce and send next week’s digest; the member gets it once and unsubscribes', async () => {
    const page = await journey.signIn(journey.organizer);
    await page.getByRole('menuitem', { name: 'Digests' }).click();
    await page.waitForURL((url) => url.pathname === '/digests');
    // Last week's issue from the demo is in the list, sent.
    await page.locator('tbody tr').filter({ hasText: 'Sent' }).first().waitFor();
    await page.getByRole('button', { name: 'Next week’s digest' }).click();
    await page.waitForURL(/\/digests\/\d+\/show/);
    await page.getByText(/Sending reaches \d+ subscribers/).waitFor();

    const preview = page.frameLocator('iframe');
    await preview.getByText(/^SCALE .*booth time still needs volunteers/).waitFor();
    await preview.getByText(/Xen Summit North America .*: submissions close .*\(America\/Los_Angeles\)/).waitFor();
    await preview.getByText(/Community mascot contest \(prize \$100\.00\)/).waitFor();

    await page.getByRole('textbox', { name: 'Intro' }).fill('Welcome to the weekly digest: SCALE needs you!');
    await page.getByRole('button', { name: 'Save intro' }).click();
    await page.getByText('Intro saved; the preview shows it').waitFor();
    await preview.getByText('Welcome to the weekly digest: SCALE needs you!').waitFor();

    await page.getByRole('button', { name: 'Send' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/It goes to \d+ subscribers now/).waitFor();
    await dialog.getByRole('button', { name: 'Send' }).click();
    await page.getByText(/Sent: each subscriber gets it once/).waitFor();
    await page.getByText('Sent', { exact: true }).first().waitFor();
    await expect(page.getByRole('button', { name: 'Send' }).count()).resolves.toBe(0);

    // Pasi reads German: one mail, the German issue, with the intro and their own unsubscribe link.
    const mails = await journey.query(`SELECT subject, body FROM outbox_message WHERE to_email = $1 AND dedupe_key LIKE 'digest-%'`, [
      journey.member.email,
    ]);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/Wöchentlicher Rundbrief/);
    const body = String(mails[0].body);
    expect(body).toContain('Standhilfe gesucht');
    expect(body).toContain('Welcome to the weekly digest: SCALE needs you!');
    const link = /https?:\/\/\S+\/unsubscribe#token=[\w.-]+/.exec(body)![0];

    const member = await journey.signIn(journey.member);
    await member.goto(`${journey.baseUrl}${new URL(link).pathname}${new URL(link).hash}`);
    await member.getByRole('heading', { name: 'Unsubscribe' }).waitFor();
    await member.getByRole('button', { name: 'Unsubscribe' }).click();
    await member.getByText(`${journey.member.email} is unsubscribed.`, { exact: false }).waitFor();
    const [stored] = await journey.query(`SELECT digest, unsubscribed_at FROM subscriber WHERE email = $1`, [journey.member.email]);
    expect(stored.digest).toBe(false);
    expect(stored.unsubscribed_at).not.toBeNull();

    // The organizers' list of subscribers shows the member as unsubscribed, in German.
    await page.getByRole('menuitem', { name: 'Subscribers', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/subscribers');
    await page.getByRole('textbox', { name: 'Search' }).fill(journey.member.email);
    const row = page.locator('tbody tr').filter({ hasText: journey.member.email });
    await row.filter({ hasText: 'Unsubscribed' }).waitFor();
    await row.filter({ hasText: 'Deutsch' }).waitFor();

    // The sent issue is in the public archive with its permalink.
    await member.goto(`${journey.baseUrl}/public/digests`);
    await member.getByRole('heading', { level: 1, name: 'Weekly digest archive' }).waitFor();
    await member
      .getByRole('link', { name: /Vol \d+ No \d+/ })
      .first()
      .waitFor();
    expect(journey.errors).toEqual([]);
  });
});
