import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { AccessibilityAudit } from './accessibility.js';
import { launchChromium } from './browser.js';

type DemoUser = { email: string; password: string };

export type BrowserJourney = {
  baseUrl: string;
  organizer: DemoUser;
  member: DemoUser;
  // Page errors seen in any signed-in page: a journey ends by expecting none.
  errors: string[];
  signIn: (user: DemoUser) => Promise<Page>;
  // A page with nobody signed in (a visitor of the public pages), shaped by `context` over the journey's.
  visit: (path: string, context?: BrowserContextOptions) => Promise<Page>;
  // Reads the app's database (what the portal mailed, what a click changed); not against E2E_BASE_URL.
  query: (sql: string, parameters?: unknown[]) => Promise<Array<Record<string, unknown>>>;
  // Runs axe-core on the page now (after a step that shows something new); every URL a page reaches
  // is checked on its own, and each test ends by expecting no serious or critical violation.
  checkA11y: (page: Page) => Promise<void>;
};

// One built app on the demo data and one Chromium for a test file, closed after it; each sign-in
// gets a fresh browser context (its own storage) shaped by `context` (locale, zone, viewport).
// With E2E_SCREENSHOTS set, every open page is saved there as `<name>-<n>.png`.
// With E2E_BASE_URL set, the journey runs against that running server instead, signing in the
// organizer as E2E_EMAIL / E2E_PASSWORD (the journeys that need only the organizer can run there).
export function browserJourney(name: string, context: BrowserContextOptions): BrowserJourney {
  let browser: Browser | undefined;
  let stopServer: (() => Promise<void>) | undefined;
  const audit = new AccessibilityAudit();
  const openPage = async (options: BrowserContextOptions): Promise<Page> => {
    // As a member who asked for less motion: the theme then has no transitions, so what axe and the
    // steps read is the finished page, never a colour half-way through a fade.
    const session = await browser!.newContext({ reducedMotion: 'reduce', ...options });
    session.setDefaultTimeout(15_000);
    await audit.watch(session);
    const page = await session.newPage();
    page.on('pageerror', (error) => journey.errors.push(error.message));
    audit.follow(page);
    return page;
  };
  const journey: BrowserJourney = {
    baseUrl: '',
    organizer: { email: '', password: '' },
    member: { email: '', password: '' },
    errors: [],
    query: () => Promise.reject(new Error('the app is not started yet')),
    signIn: async (user) => {
      const page = await openPage(context);
      await page.goto(`${journey.baseUrl}/login`);
      await page.getByLabel(/^E-mail/).fill(user.email);
      await page.getByLabel(/^Password/).fill(user.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      return page;
    },
    visit: async (path, overrides) => {
      const page = await openPage({ ...context, ...overrides });
      await page.goto(`${journey.baseUrl}${path}`);
      return page;
    },
    checkA11y: (page) => audit.check(page),
  };

  beforeAll(async () => {
    const externalUrl = process.env.E2E_BASE_URL?.replace(/\/$/, '');
    if (externalUrl) {
      journey.baseUrl = externalUrl;
      journey.organizer = { email: process.env.E2E_EMAIL ?? 'organizer@summitdesk.test', password: process.env.E2E_PASSWORD ?? '' };
    } else {
      // Loaded only here: it pulls in the whole API, which needs the browser project's SWC transform.
      const { startAppServer } = await import('./app-server.js');
      const server = await startAppServer();
      Object.assign(journey, { baseUrl: server.baseUrl, organizer: server.organizer, member: server.member, query: server.query });
      stopServer = server.close;
    }
    browser = await launchChromium();
  });

  afterEach(async () => {
    await audit.settle((browser?.contexts() ?? []).flatMap((session) => session.pages()));
    const found = audit.found.splice(0);
    const report = found.map((v) => `${v.impact} ${v.rule} on ${v.url}: ${v.help} — ${v.targets.join(', ')}`);
    expect(report, 'axe-core: serious or critical accessibility violations').toEqual([]);
  });

  afterAll(async () => {
    const folder = process.env.E2E_SCREENSHOTS;
    if (folder) {
      for (const session of browser?.contexts() ?? []) {
        for (const [n, open] of session.pages().entries()) await open.screenshot({ path: `${folder}/${name}-${n}.png`, fullPage: true });
      }
    }
    await browser?.close();
    await stopServer?.();
  });

  return journey;
}
