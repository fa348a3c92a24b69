import { expect, test, type Page } from '@playwright/test';
/* eslint-disable @nx/enforce-module-boundaries -- the demo scenario is a plain script, not an Nx project */
// @ts-expect-error -- plain JavaScript module (the demo CLI) without type declarations
import { playScenario } from '../tools/demo/scenario.mjs';
/* eslint-enable @nx/enforce-module-boundaries */
import { expectNoA11yViolations } from './support/axe';
import { apiLogin, DEMO, DEMO_PASSWORD, gql } from './support/graphql';
import { loginViaUi } from './support/login';

// The AL-Runde's view of the forum: the Kommunalpakt report, the presenter view with the live activity
// stream while the scripted demo scenario runs, and the header search.

type PlayScenario = (options: {
  baseUrl: string;
  password: string;
  stepMs?: number;
  maxSteps?: number;
  round?: number;
  log?: (line: string) => void;
}) => Promise<Record<string, unknown>>;

async function openPresenter(page: Page): Promise<void> {
  await page.goto('/praesentation');
  await expect(page.getByRole('heading', { level: 1, name: 'Kommunalpakt live' })).toBeVisible();
  // The socket is connected (the activity room is joined on connect).
  await expect(page.getByText('Live', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Umsetzungsstand gesamt' }).getByText('Fragen'),
  ).toBeVisible();
}

test('report page and presenter view are accessible (screenshots report.png, presenter.png)', async ({
  page,
}, testInfo) => {
  await loginViaUi(page, DEMO.land);
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Umsetzungsstand' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Umsetzungsstand Kommunalpakt' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kennzahlen' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Balkendiagramm: beantwortete und offene Fragen/ }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /^Fragen pro Woche: / }).first()).toBeVisible();
  await expectNoA11yViolations(page, 'report');

  // Presets and sorting keep working in the real browser; the period lands in the URL.
  await page.getByRole('button', { name: 'Letzte 30 Tage' }).click();
  await expect(page).toHaveURL(/\/umsetzungsstand\?von=\d{4}-\d{2}-\d{2}&bis=\d{4}-\d{2}-\d{2}$/);
  await page.getByRole('button', { name: 'Anteil' }).click();
  // The services table's header (the tag table below has an "Anteil" column too, not sortable).
  await expect(
    page.getByRole('columnheader', { name: 'Anteil' }).filter({ has: page.getByRole('button') }),
  ).toHaveAttribute('aria-sort', 'descending');
  const csv = await page.getByRole('link', { name: 'Als CSV herunterladen' }).getAttribute('href');
  const response = await page.request.get(csv ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');

  await page.getByRole('button', { name: 'Gesamt' }).click();
  await expect(page).toHaveURL(/\/umsetzungsstand$/);
  const reportShot = testInfo.outputPath('report.png');
  await page.screenshot({ path: reportShot, fullPage: true });
  await testInfo.attach('report', { path: reportShot, contentType: 'image/png' });

  await page.getByRole('link', { name: 'Präsentationsansicht' }).click();
  await openPresenter(page);
  await expectNoA11yViolations(page, 'presenter');
  const presenterShot = testInfo.outputPath('presenter.png');
  await page.screenshot({ path: presenterShot });
  await testInfo.attach('presenter', { path: presenterShot, contentType: 'image/png' });
});

test('the demo scenario appears live on the presenter view', async ({ browser }, testInfo) => {
  const presenterContext = await browser.newContext();
  const presenter = await presenterContext.newPage();
  await loginViaUi(presenter, DEMO.admin);
  await openPresenter(presenter);
  // Give the server a moment to put the fresh connection into the activity room.
  await presenter.waitForTimeout(500);

  const baseUrl = String(testInfo.project.use.baseURL);
  const ctx = await (playScenario as PlayScenario)({
    baseUrl,
    password: DEMO_PASSWORD,
    stepMs: 500,
    maxSteps: 3,
    log: () => {},
  });
  expect(ctx.thread).toBeTruthy();

  const stream = presenter.getByRole('region', { name: 'Aktivität in Echtzeit' });
  const title = /Umtausch von Papierführerscheinen/;
  for (const kind of ['Neue Frage', 'Offizielle Antwort', 'Lösung akzeptiert']) {
    await expect(
      stream.getByRole('listitem').filter({ hasText: kind }).filter({ hasText: title }),
    ).toHaveCount(1);
  }
  // Newest on top: the accepted answer came last.
  await expect(stream.getByRole('listitem').first()).toContainText('Lösung akzeptiert');
  await expect(stream.getByRole('listitem').nth(1)).toContainText('Offizielle Antwort');
  await expect(stream.getByRole('listitem').nth(2)).toContainText('Neue Frage');
  await presenterContext.close();
});

test('the whole demo scenario: a Kommune joins live, moderation stays off the projector, a registration waits for the presenter', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(90_000);
  const presenterContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const presenter = await presenterContext.newPage();
  await loginViaUi(presenter, DEMO.admin);
  await openPresenter(presenter);
  await presenter.waitForTimeout(500);

  const ctx = await (playScenario as PlayScenario)({
    baseUrl: String(testInfo.project.use.baseURL),
    password: DEMO_PASSWORD,
    stepMs: 300,
    round: 1,
    log: () => {},
  });
  // Titles read like real questions: no suffixes in later rounds.
  expect(JSON.stringify(ctx)).not.toMatch(/\(\d+\)|\([0-9a-f]{8}\)/);

  const stream = presenter.getByRole('region', { name: 'Aktivität in Echtzeit' });
  await expect(stream.getByRole('listitem').first()).toContainText('Neu im Forum', { timeout: 15_000 });
  await presenter.waitForTimeout(1000);
  await expect(stream).not.toContainText('Beitrag ausgeblendet');
  await expect(stream).not.toContainText('Beitrag gemeldet');

  // The scenario leaves one registration in the approval queue, marked as unconfirmed.
  const token = await apiLogin(request, DEMO.moderator);
  const pending = await gql<{ pendingUsers: { edges: { node: { id: string; emailConfirmed: boolean } }[] } }>(
    request,
    `{ pendingUsers(first: 100) { edges { node { id emailConfirmed } } } }`,
    {},
    token,
  );
  const waiting = pending.pendingUsers.edges.find((e) => e.node.id === ctx.waitingUser);
  expect(waiting?.node.emailConfirmed).toBe(false);
  const shot = testInfo.outputPath('presenter-demo-scenario-1920x1080.png');
  await presenter.screenshot({ path: shot });
  await testInfo.attach('presenter-demo-scenario-1920x1080', { path: shot, contentType: 'image/png' });
  await presenterContext.close();
});

test('the header search finds a seeded thread and opens it', async ({ page }) => {
  await loginViaUi(page, DEMO.kommune);
  const search = page.getByRole('search', { name: 'Forum durchsuchen' });
  await search.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Führerschein');
  await search.getByRole('searchbox', { name: 'Suchbegriff' }).press('Enter');
  await expect(page).toHaveURL(/\/suche\?q=F%C3%BChrerschein$/);
  await expect(page.getByRole('status').filter({ hasText: /Treffer für „Führerschein“/ })).toBeVisible();
  await expectNoA11yViolations(page, 'search');

  const firstResult = page.locator('.app-search-results a.app-search-result__link').first();
  const title = (await firstResult.textContent())?.trim() ?? '';
  expect(title).toMatch(/Führerschein/i);
  await firstResult.click();
  await expect(page).toHaveURL(/\/fragen\/[0-9a-f-]+/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});
