import { describe, expect, it } from 'vitest';
import { browserJourney } from './support/journey.js';

// The call for papers through the built admin on the demo data: a reviewer works through the
// anonymous review queue without ever seeing a speaker; the chair reads the ranking and the
// assignment matrix; a speaker confirms an accepted talk from "My talks".
describe('Call for papers (browser)', () => {
  const journey = browserJourney('cfp', { locale: 'en-US', timezoneId: 'America/Los_Angeles', viewport: { width: 1400, height: 1000 } });
  // Demo members by name; every demo account shares the organizer's password.
  const demo = (email: string) => ({ email, password: journey.organizer.password });

  it('lets a reviewer score an assigned talk in the queue without seeing who proposed it', async () => {
    const page = await journey.signIn(demo('tim@summitdesk.test'));
    await page.getByRole('menuitem', { name: 'Review queue' }).click();
    await page.getByText(/of \d+ reviewed/).waitFor();
    await page.getByRole('button', { name: /Transcendent memory in practice/ }).click();
    await page.getByRole('heading', { name: 'Transcendent memory in practice' }).waitFor();
    expect(await page.getByText(/Konrad|Oracle/).count()).toBe(0);
    await page.getByRole('radiogroup', { name: 'Score' }).getByLabel('+1').check();
    await page.getByLabel('Comment to speakers').fill('Show the cleancache numbers.');
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.getByText('Review saved').waitFor();
    // With their own review in, the others' appear.
    await page.getByText('Other reviews').waitFor();
    expect(await page.getByText(/Konrad|Oracle/).count()).toBe(0);
  });

  it('shows the chair the ranking with staged decisions and the assignment matrix with conflicts', async () => {
    const page = await journey.signIn(demo('anil@summitdesk.test'));
    await page.goto(`${journey.baseUrl}/cfps`);
    await page.getByRole('cell', { name: 'Call for presentations', exact: true }).click();
    await page.getByRole('tab', { name: 'Ranking and decisions' }).click();
    await page.getByRole('link', { name: 'Xen on ARM: bringing the hypervisor to phones' }).waitFor();
    await page.getByRole('button', { name: 'Release decisions' }).waitFor();
    await page.getByRole('tab', { name: 'Assignment' }).click();
    // The automatic assignment is previewed, then applied (review-ui.e2e.ts walks through it).
    await page.getByRole('button', { name: 'Preview', exact: true }).waitFor();
    await page.getByLabel(/Blktap2 and the storage stack — Patrick Colp: conflicted/).waitFor();
  });

  it('lets the chair stage a decision in a dialog checked against the contract', async () => {
    const page = await journey.signIn(demo('anil@summitdesk.test'));
    await page.goto(`${journey.baseUrl}/submissions`);
    await page.getByRole('cell', { name: 'Xen on ARM: bringing the hypervisor to phones' }).click();
    await page.getByRole('button', { name: 'Stage decision' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Waitlist').check();
    await dialog.getByRole('button', { name: 'Stage' }).click();
    await page.getByText('Decision staged; speakers learn it when decisions are released.').waitFor();
    expect(journey.errors).toEqual([]);
  });

  it('lets a speaker confirm an accepted talk from My talks', async () => {
    const page = await journey.signIn(demo('daniel@summitdesk.test'));
    await page.goto(`${journey.baseUrl}/submissions`);
    await page.getByRole('cell', { name: 'Blktap2 and the storage stack', exact: true }).click();
    await page.getByRole('button', { name: 'Confirm I will speak' }).click();
    await page.getByText('Thank you — the talk is confirmed.').waitFor();
    expect(journey.errors).toEqual([]);
  });

  it('lets the chair run the committee meeting and read the fairness signals', async () => {
    const chair = await journey.signIn(demo('anil@summitdesk.test'));
    await chair.goto(`${journey.baseUrl}/cfps`);
    await chair.getByRole('cell', { name: 'Call for presentations', exact: true }).click();
    await chair.getByRole('link', { name: 'Meeting', exact: true }).click();
    await chair.getByRole('heading', { name: 'Committee meeting', exact: true }).first().waitFor();
    await chair.getByRole('button', { name: 'Xen on ARM: bringing the hypervisor to phones' }).click();
    await chair.getByRole('heading', { name: 'Xen on ARM: bringing the hypervisor to phones', level: 2 }).waitFor();
    await chair.getByRole('heading', { name: 'Committee discussion' }).waitFor();
    await chair.getByRole('button', { name: 'Accept', exact: true }).click();
    await chair.getByText('Staged: Accept').first().waitFor();
    await journey.checkA11y(chair);
    const cfpId = /\/meeting\/(\d+)/.exec(chair.url())?.[1];
    // A conflicted member's "step out" view: review-ui.e2e.ts (with a member the demo data really conflicts).
    await chair.goto(`${journey.baseUrl}/fairness/${cfpId}`);
    await chair.getByRole('table', { name: 'Reviewers' }).waitFor();
    await journey.checkA11y(chair);
    expect(journey.errors).toEqual([]);
  });

  it('shows visitors the summit program: the call and its deadline, the agenda with its iCal feed, the committee', async () => {
    const page = await journey.visit(`/public/events/xen-summit-north-america-${new Date().getUTCFullYear() + 1}/program`, {
      timezoneId: 'Europe/Berlin',
      viewport: { width: 1280, height: 720 },
    });
    await page.getByRole('heading', { name: 'Call for papers' }).waitFor();
    await page.getByText(/Proposals close .* \(America\/Los_Angeles\)/).waitFor();
    // Times in the summit's zone, whatever the visitor's.
    await page.getByText(/9:30\sAM–10:00\sAM · Auditorium · PV-ops dom0 in upstream Linux/).waitFor();
    await page.getByText('Konrad Rzeszutek Wilk (Oracle)').waitFor();
    expect(await page.getByRole('link', { name: /iCal/ }).getAttribute('href')).toMatch(/agenda\.ics$/);
    await page.getByText('Anil Madhavapeddy (chair)').waitFor();
  });
});
