import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Result } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

// axe-core's browser bundle, put into every document of a journey's browser contexts.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// What fails a journey: WCAG 2.x A/AA rules with a serious or critical impact.
const failingImpacts = new Set(['serious', 'critical']);

export type A11yViolation = { url: string; rule: string; impact: string; help: string; targets: string[] };

// Run in the page (as source: the tests are not compiled against the DOM). Fades and slides still
// running would be measured half-transparent, so the finite animations end first.
const runAxe = `(async () => {
  for (let round = 0; round < 3; round++) {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    if (finite.length === 0) break;
    await Promise.race([Promise.allSettled(finite.map((animation) => animation.finished)), new Promise((done) => setTimeout(done, 2000))]);
  }
  const outcome = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return outcome.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
})()`;

// What the page hands back of axe-core's results: the rule, its impact and the nodes' selectors.
type AxeResult = Pick<Result, 'id' | 'impact' | 'help'> & { nodes: Array<{ target: Result['nodes'][number]['target'] }> };

// Checks every page a journey opens: once per URL a page reaches (after it settles), and again
// whenever a test asks (`check`). Violations collect in `found`; a test ends by expecting none.
export class AccessibilityAudit {
  readonly found: A11yViolation[] = [];
  private readonly pending = new Set<Promise<void>>();
  private readonly seen = new Set<string>();

  async watch(context: BrowserContext): Promise<void> {
    await context.addInitScript({ content: axeSource });
  }

  follow(page: Page): void {
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      this.track(this.checkSettled(page));
    });
  }

  // Runs axe on the page as it is now; a page that navigates away mid-check is checked at its next URL.
  async check(page: Page): Promise<void> {
    if (page.isClosed()) return;
    const url = page.url();
    let results: AxeResult[];
    try {
      results = (await page.evaluate(runAxe)) as AxeResult[];
    } catch {
      return; // the document went away (navigation, closed context): its successor gets checked
    }
    for (const violation of results) {
      if (!violation.impact || !failingImpacts.has(violation.impact)) continue;
      const key = `${new URL(url).pathname}|${violation.id}|${JSON.stringify(violation.nodes.map((n) => n.target))}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.found.push({
        url,
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((n) => n.target.join(' ')),
      });
    }
  }

  // Waits for the checks still running (navigation-triggered), then checks each open page once more.
  async settle(pages: Page[]): Promise<void> {
    await Promise.all([...this.pending]);
    for (const page of pages) await this.checkSettled(page);
  }

  private async checkSettled(page: Page): Promise<void> {
    try {
      await page.waitForLoadState('load');
      // react-admin renders after its data arrives: wait until no request is in flight for a moment.
      await page.waitForLoadState('networkidle', { timeout: 5_000 });
    } catch {
      // still busy or gone: check what is there
    }
    await this.check(page);
  }

  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }
}
