import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core (WCAG 2.1 A/AA) on the current page and fails with a readable list of violations. */
export async function expectNoA11yViolations(page: Page, label = page.url()): Promise<void> {
  // Wait for the route's lazy chunk and its data: the loading indicator is gone once content is there.
  await expect(page.locator('main h1').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const lines = results.violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map(
        (n) => `      ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ') ?? ''}`,
      )
      .join('\n');
    return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n    ${v.helpUrl}\n${nodes}`;
  });
  expect(results.violations, `axe violations on ${label}:\n${lines.join('\n')}`).toEqual([]);
}
