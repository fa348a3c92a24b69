import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { apiLogin, DEMO } from './support/graphql';
import { demoIds } from './support/routes';

// The app's icons render as glyphs (no empty boxes), every icon name has its glyph in the built bundle, and
// the pages people judge first are photographed for review (under e2e/test-results/).

const root = path.resolve(__dirname, '..');

/** name → path data of every icon in apps/web/src/shared/icons/icons.ts, read from the SVG files it imports. */
function iconGlyphs(): Map<string, string> {
  const source = fs.readFileSync(path.join(root, 'apps/web/src/shared/icons/icons.ts'), 'utf8');
  const files = new Map(
    [...source.matchAll(/import (\w+) from '([^']+\.svg)\?raw';/g)].map((m) => [
      m[1] as string,
      m[2] as string,
    ]),
  );
  const glyphs = new Map<string, string>();
  for (const m of source.matchAll(/^\s+'?([a-z-]+)'?: (\w+),$/gm)) {
    const file = files.get(m[2] as string);
    if (!file) continue;
    const resolved = file.startsWith('.')
      ? path.join(root, 'apps/web/src/shared/icons', file)
      : path.join(root, 'node_modules', file);
    const d = /\sd="([^"]+)"/.exec(fs.readFileSync(resolved, 'utf8'))?.[1];
    glyphs.set(m[1] as string, d ?? '');
  }
  return glyphs;
}

test('every icon name has its glyph in the built web app', () => {
  const glyphs = iconGlyphs();
  expect(glyphs.size).toBeGreaterThan(40);
  const assets = path.join(root, 'dist/apps/web/assets');
  const bundle = fs
    .readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => fs.readFileSync(path.join(assets, f), 'utf8'))
    .join('\n');
  const missing = [...glyphs].filter(([, d]) => !d || !bundle.includes(d)).map(([name]) => name);
  expect(missing).toEqual([]);
});

test('thread page: every icon is drawn; screenshots of thread, report and presenter', async ({
  browser,
  request,
  baseURL,
}, testInfo) => {
  const ids = await demoIds(request);
  const token = await apiLogin(request, DEMO.moderator);
  const cookie = { name: 'forum_session', value: token, url: baseURL ?? '' };

  const desktop = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await desktop.addCookies([cookie]);
  const page = await desktop.newPage();
  await page.goto(`/fragen/${ids.threadId}`);
  await expect(page.locator('article').first()).toBeVisible();
  const icons = await page.locator('svg.app-icon').evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      const d = node.querySelector('path')?.getAttribute('d') ?? '';
      const visible = getComputedStyle(node).display !== 'none' && box.width > 0;
      return { name: node.getAttribute('data-icon'), d: d.length, visible, width: box.width };
    }),
  );
  expect(icons.length).toBeGreaterThan(10);
  expect(icons.filter((i) => i.d < 20)).toEqual([]);
  expect(icons.filter((i) => i.visible && i.width < 16)).toEqual([]);
  // No icon of the old class-name kind is left without its mask image.
  const bare = await page
    .locator('.kern-icon')
    .evaluateAll((nodes) => nodes.filter((n) => getComputedStyle(n).maskImage === 'none').length);
  expect(bare).toBe(0);
  await page.screenshot({ path: testInfo.outputPath('thread-1366.png'), fullPage: true });
  await desktop.close();

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await phone.addCookies([cookie]);
  const phonePage = await phone.newPage();
  await phonePage.goto(`/fragen/${ids.threadId}`);
  await expect(phonePage.locator('article').first()).toBeVisible();
  await phonePage.screenshot({ path: testInfo.outputPath('thread-390.png'), fullPage: true });
  await phonePage.goto('/umsetzungsstand');
  await expect(phonePage.getByRole('heading', { name: 'Kennzahlen' })).toBeVisible();
  await phonePage.screenshot({ path: testInfo.outputPath('report-390.png'), fullPage: true });
  await phone.close();

  const projector = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await projector.addCookies([cookie]);
  const presenter = await projector.newPage();
  await presenter.goto('/praesentation');
  await expect(presenter.getByRole('heading', { level: 1 })).toBeVisible();
  await presenter.screenshot({ path: testInfo.outputPath('presenter-1920.png') });
  await projector.close();
});
