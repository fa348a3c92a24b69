import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { apiLogin, DEMO } from './support/graphql';
import { declaredRoutePaths, demoIds, fillPath, PAGES, type DemoIds, type Visitor } from './support/routes';

// Every page of the app, as the person who would open it: no sideways scrolling at 320 CSS px (WCAG 2.1
// SC 1.4.10 Reflow, which axe cannot see), and no axe violations on a phone, on a desktop in the light theme
// and on a desktop in the dark theme.

test('the page list covers every route of the web app', () => {
  const listed = PAGES.map((p) => p.path.split('?')[0] as string);
  // '*' is the not-found page (listed as /gibt-es-nicht); a parent route counts when a child is listed.
  const missing = declaredRoutePaths().filter(
    (route) =>
      route !== '*' &&
      !listed.some(
        (page) => page === `/${route}` || page.endsWith(`/${route}`) || page.startsWith(`/${route}/`),
      ),
  );
  expect(missing, 'routes without an entry in e2e/support/routes.ts').toEqual([]);
});

const tokens = new Map<Visitor, string>();

async function contextFor(
  browser: Browser,
  visitor: Visitor,
  options: { width: number; height: number; colorScheme: 'light' | 'dark' },
  baseURL: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    colorScheme: options.colorScheme,
  });
  const token = tokens.get(visitor);
  if (token) await context.addCookies([{ name: 'forum_session', value: token, url: baseURL }]);
  return context;
}

let ids: DemoIds;

test.beforeAll(async ({ request }) => {
  ids = await demoIds(request);
  for (const visitor of Object.keys(DEMO) as Array<keyof typeof DEMO>) {
    tokens.set(visitor, await apiLogin(request, DEMO[visitor]));
  }
});

for (const page of PAGES) {
  test(`${page.path} (${page.as}): reflows at 320 px, axe on phone, light and dark`, async ({
    browser,
    baseURL,
  }) => {
    const url = fillPath(page.path, ids);
    const views = [
      { name: 'phone 320×640, light', width: 320, height: 640, colorScheme: 'light' as const },
      { name: 'desktop 1280×800, light', width: 1280, height: 800, colorScheme: 'light' as const },
      { name: 'desktop 1280×800, dark', width: 1280, height: 800, colorScheme: 'dark' as const },
    ];
    for (const view of views) {
      const context = await contextFor(browser, page.as, view, baseURL ?? '');
      const tab = await context.newPage();
      await tab.goto(url);
      await expectNoA11yViolations(tab, `${url} (${view.name})`);
      if (view.width === 320) {
        const { scrollWidth, clientWidth } = await tab.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(scrollWidth, `${url} scrolls sideways at 320 px`).toBeLessThanOrEqual(clientWidth);
      }
      await context.close();
    }
  });
}
