import { ServerEvents, SOCKET_PATH } from '@forum/shared';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { DEMO } from './support/graphql';
import { fillLoginForm, loginViaUi, uniqueSuffix, openAccountLink } from './support/login';
import { linkFromMail } from './support/mailbox';

// Journeys 1–3 of PRODUCT.md in a real browser against the production build, with axe-core
// (WCAG 2.1 A/AA) on every page visited. Each test creates its own uniquely named content.

/** The focused element shows a visible focus indicator (outline or box-shadow ring). */
async function expectVisibleFocus(locator: Locator): Promise<void> {
  const style = await locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, boxShadow: s.boxShadow };
  });
  const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const hasRing = style.boxShadow !== 'none' && style.boxShadow !== '';
  expect(hasOutline || hasRing, `no visible focus indicator: ${JSON.stringify(style)}`).toBe(true);
}

/** The post (article) whose text contains `text`. */
function post(page: Page, text: string): Locator {
  return page.locator('article.app-post').filter({ hasText: text });
}

test.describe('guest pages', () => {
  test('landing and legal pages are accessible', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Forum Kommunalpakt' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Anmelden' })).toBeVisible();
    await expectNoA11yViolations(page, 'landing');

    const footer = page.getByRole('navigation', { name: 'Rechtliches und Service' });
    for (const [link, path] of [
      ['Impressum', '/impressum'],
      ['Datenschutz', '/datenschutz'],
      ['Barrierefreiheit', '/barrierefreiheit'],
    ] as const) {
      await footer.getByRole('link', { name: link, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.locator('main h1')).toBeVisible();
      await expectNoA11yViolations(page, path);
    }
  });

  test('keyboard only: landing → login, with a visible focus indicator', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('form', { name: 'Anmelden' })).toBeVisible();

    // The first Tab reaches the skip link.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expectVisibleFocus(skip);

    // Tab on to the e-mail field; every stop on the way must show where the focus is.
    const email = page.locator('#login-email');
    for (let i = 0; i < 30; i += 1) {
      if (await email.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      await expect(focused).toHaveCount(1);
      await expectVisibleFocus(focused);
    }
    await expect(email).toBeFocused();
    await page.keyboard.type(DEMO.kommune);
    await page.keyboard.press('Tab');
    const password = page.locator('#login-password');
    await expect(password).toBeFocused();
    await expectVisibleFocus(password);
    await page.keyboard.type(process.env.DEMO_PASSWORD ?? 'Kommunalpakt-Demo-2026');
    await page.keyboard.press('Tab');
    const submit = page.getByRole('button', { name: 'Anmelden' });
    await expect(submit).toBeFocused();
    await expectVisibleFocus(submit);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/bereiche$/);
    const heading = page.getByRole('heading', { level: 1, name: 'Bereiche' });
    await expect(heading).toBeVisible();
    // After client-side navigation the focus moves to the new page's heading.
    await expect(heading).toBeFocused();
  });
});

test('journey 1: register → pending → moderator approves → sign in', async ({ browser }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const email = `e2e-${suffix}@e2e-kommune.example`;
  const displayName = `E2E Neu ${suffix}`;
  const password = `E2E-Passwort-${suffix}`;

  const context = await browser.newContext();
  const page = await context.newPage();

  await test.step('register via the form', async () => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Benutzerkonto' })
      .getByRole('link', { name: 'Registrieren' })
      .click();
    await expect(page).toHaveURL(/\/registrieren$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Registrieren' })).toBeVisible();
    await expectNoA11yViolations(page, 'registration');

    await page.getByLabel('Dienstliche E-Mail-Adresse').fill(email);
    await page.getByRole('textbox', { name: 'Anzeigename' }).fill(displayName);
    await page.getByLabel('Passwort', { exact: true }).fill(password);
    await page.getByRole('combobox', { name: 'Art der Organisation' }).selectOption('KOMMUNE');
    await page.getByRole('searchbox', { name: /Organisation suchen/ }).fill('Kassel');
    const organisation = page.getByRole('combobox', { name: 'Organisation', exact: true });
    await expect(organisation.getByRole('option', { name: 'Stadt Kassel (06611000)' })).toBeAttached();
    await organisation.selectOption({ label: 'Stadt Kassel (06611000)' });
    // The picker with its search open is a state of the page of its own: check it too.
    await expectNoA11yViolations(page, 'registration (organisation picker open)');
    await page.getByRole('checkbox', { name: /Datenschutzerklärung/ }).check();
    await page.getByRole('button', { name: 'Registrierung absenden' }).click();

    const success = page.getByRole('status').filter({ hasText: 'Vielen Dank für Ihre Registrierung' });
    await expect(success).toBeVisible();
    await expect(success).toContainText('prüft die Moderation Ihre Angaben');
    await expectNoA11yViolations(page, 'registration success');
  });

  await test.step('the e-mail address is confirmed through the link in the mail', async () => {
    const link = await linkFromMail(email, /https?:\/\/[^\s"<>]+\/mail\/confirm\?token=[A-Za-z0-9._~%-]+/);
    await page.goto(link);
    await expect(page.locator('body')).toContainText(/bestätigt/i);
    await expectNoA11yViolations(page, 'e-mail confirmed');
  });

  await test.step('signing in before approval shows the pending message', async () => {
    await page.goto('/');
    await fillLoginForm(page, email, password);
    await expect(page.getByRole('alert')).toContainText('Ihr Konto wartet auf Freischaltung');
    await expect(page).toHaveURL(/\/$/);
    await expectNoA11yViolations(page, 'landing with pending message');
  });

  await test.step('a moderator approves the account on /moderation/freischaltungen', async () => {
    const modContext = await browser.newContext();
    const mod = await modContext.newPage();
    await loginViaUi(mod, DEMO.moderator);
    await mod
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Freischaltungen' })
      .click();
    await expect(mod).toHaveURL(/\/moderation\/freischaltungen$/);
    const row = mod.getByRole('row').filter({ hasText: email });
    await expect(row).toBeVisible();
    await expect(row).toContainText('Stadt Kassel (Kommune)');
    await expectNoA11yViolations(mod, 'moderation approvals');
    await row.getByRole('button', { name: `${displayName} freischalten` }).click();
    await expect(
      mod.getByRole('status').filter({ hasText: `${displayName} wurde freigeschaltet.` }),
    ).toBeVisible();
    await expect(mod.getByRole('row').filter({ hasText: email })).toHaveCount(0);
    await expectNoA11yViolations(mod, 'moderation approvals after approval');
    await modContext.close();
  });

  await test.step('the new user signs in and sees the profile', async () => {
    await page.goto('/');
    await fillLoginForm(page, email, password);
    await expect(page).toHaveURL(/\/bereiche$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Bereiche' })).toBeVisible();
    await expectNoA11yViolations(page, 'board overview');
    await openAccountLink(page, 'Profil');
    await expect(page).toHaveURL(/\/profil$/);
    const main = page.locator('main');
    await expect(main).toContainText(displayName);
    await expect(main).toContainText('Stadt Kassel');
    await expect(main).toContainText('Aktiv');
    await expectNoA11yViolations(page, 'profile');
  });

  await context.close();
});

test('journeys 2 + 3: a Kommune asks, the lead Land answers live, the answer is accepted', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const title = `E2E Frage ${suffix}: Wie binden wir den Führerschein-Dienst an?`;
  const body = `Wir möchten den Dienst **nachnutzen** (Lauf ${suffix}). Welche Schritte sind nötig?`;
  const answer = `Offizielle Antwort aus Hessen (Lauf ${suffix}): Zustellpunkt über FIT-Connect einrichten.`;

  const askerContext = await browser.newContext();
  const asker = await askerContext.newPage();
  // Socket.IO frames the asker's page receives (the connection opens with the thread page).
  const askerFrames: string[] = [];
  asker.on('websocket', (ws) => {
    if (ws.url().includes(SOCKET_PATH))
      ws.on('framereceived', (frame) => askerFrames.push(String(frame.payload)));
  });
  let threadUrl = '';

  await test.step('journey 2: the Kommune finds the topic and reads an earlier thread', async () => {
    await loginViaUi(asker, DEMO.kommune);
    await expectNoA11yViolations(asker, 'board overview');
    await asker.getByRole('heading', { level: 2, name: 'Mobilität & Reisen' }).getByRole('link').click();
    await expect(asker).toHaveURL(/\/bereiche\/mobilitaet-reisen$/);
    await expect(asker.getByRole('heading', { level: 1, name: 'Mobilität & Reisen' })).toBeVisible();
    const topicRow = asker
      .getByRole('row')
      .filter({ has: asker.getByRole('link', { name: 'Führerschein', exact: true }) });
    await expect(topicRow).toContainText('Hessen');
    await expectNoA11yViolations(asker, 'board page');

    await topicRow.getByRole('link', { name: 'Führerschein', exact: true }).click();
    await expect(asker).toHaveURL(/\/themen\/[^/]+$/);
    await expect(asker.getByRole('heading', { level: 1, name: 'Führerschein' })).toBeVisible();
    await expect(asker.getByText('Federführendes Land: Hessen')).toBeVisible();
    await expectNoA11yViolations(asker, 'topic page');

    const earlier = asker.getByRole('link', { name: /Wie kommen die Online-Anträge in unser Fachverfahren/ });
    await earlier.click();
    await expect(asker).toHaveURL(/\/fragen\/[^/]+$/);
    await expect(asker.getByRole('heading', { level: 1 })).toContainText('Wie kommen die Online-Anträge');
    await expect(asker.getByRole('region', { name: 'Als Lösung markierte Antwort' })).toBeVisible();
    await expect(asker.locator('article.app-post').first()).toBeVisible();
    await expectNoA11yViolations(asker, 'earlier thread page');
    await asker
      .getByRole('navigation', { name: 'Brotkrümelnavigation' })
      .getByRole('link', { name: 'Führerschein' })
      .click();
    await expect(asker.getByRole('heading', { level: 1, name: 'Führerschein' })).toBeVisible();
  });

  await test.step('journey 2: the Kommune asks a new question, using the preview once', async () => {
    await asker.getByRole('link', { name: 'Neue Frage stellen' }).click();
    await expect(asker).toHaveURL(/\/themen\/[^/]+\/neue-frage$/);
    await expect(asker.getByRole('heading', { level: 1, name: 'Neue Frage stellen' })).toBeVisible();
    await expectNoA11yViolations(asker, 'new-question form');

    await asker.getByLabel('Titel Ihrer Frage', { exact: true }).fill(title);
    await asker.getByLabel('Ihre Frage', { exact: true }).fill(body);
    await asker.getByRole('tab', { name: 'Vorschau' }).click();
    const preview = asker.getByRole('tabpanel', { name: 'Vorschau' });
    await expect(preview.locator('strong')).toHaveText('nachnutzen');
    await expectNoA11yViolations(asker, 'new-question form (preview tab)');
    await asker.getByRole('tab', { name: 'Schreiben' }).click();
    await expect(asker.getByLabel('Ihre Frage', { exact: true })).toHaveValue(body);

    await asker.getByRole('button', { name: 'Frage veröffentlichen' }).click();
    await expect(asker).toHaveURL(/\/fragen\/[^/]+$/);
    await expect(asker.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(asker.locator('.app-thread-meta')).toContainText('Offen');
    await expect(post(asker, `Lauf ${suffix}`).locator('strong')).toHaveText('nachnutzen');
    await expectNoA11yViolations(asker, 'new thread page');
    threadUrl = asker.url();
  });

  const landContext = await browser.newContext();
  const land = await landContext.newPage();

  await test.step('journey 3: the lead Land answers; the asker sees it without reloading', async () => {
    // Marks this document: a reload or full navigation would drop the marker.
    await asker.evaluate(() => {
      (window as unknown as { __e2eNoReload?: boolean }).__e2eNoReload = true;
    });

    await loginViaUi(land, DEMO.land);
    await land.goto('/bereiche/mobilitaet-reisen');
    await land.getByRole('link', { name: 'Führerschein', exact: true }).click();
    await land.getByRole('link', { name: title }).click();
    await expect(land).toHaveURL(threadUrl);
    await expect(land.getByRole('heading', { level: 1, name: title })).toBeVisible();

    // The reply form says that this is the official answer of the lead Land.
    await expect(
      land.getByText(/Sie antworten für Hessen, das federführende Land dieser Leistung/),
    ).toBeVisible();
    await land.getByLabel('Ihre Antwort', { exact: true }).fill(answer);
    await land.getByRole('button', { name: 'Offizielle Antwort senden' }).click();
    await expect(
      land.getByRole('status').filter({ hasText: 'Ihre Antwort wurde veröffentlicht.' }),
    ).toBeVisible();
    const landView = post(land, answer);
    await expect(landView).toBeVisible();
    await expect(landView).toContainText('Offizielle Antwort: Hessen');
    await expect(landView).toContainText('Federführendes Land');
    await expectNoA11yViolations(land, 'thread page (Land, after answering)');

    // Live: the asker's page (opened before the answer existed) shows it via Socket.IO.
    const askerView = post(asker, answer);
    await expect(askerView).toBeVisible({ timeout: 15_000 });
    await expect(askerView).toContainText('Offizielle Antwort');
    await expect(askerView).toContainText('Federführendes Land');
    expect(await asker.evaluate(() => (window as unknown as { __e2eNoReload?: boolean }).__e2eNoReload)).toBe(
      true,
    );
    const threadId = decodeURIComponent(new URL(threadUrl).pathname.split('/').pop() ?? '');
    expect(askerFrames.some((f) => f.includes(ServerEvents.postCreated) && f.includes(threadId))).toBe(true);
    // One status everywhere: a Land has answered.
    await expect(asker.locator('.app-thread-meta')).toContainText('Landesantwort liegt vor');
  });

  await test.step('journey 3: the asker accepts the answer; the thread is answered', async () => {
    const askerView = post(asker, answer);
    await askerView.getByRole('button', { name: 'Als Lösung markieren' }).click();
    await expect(askerView).toContainText('Als Lösung markiert');
    await expect(askerView).toHaveClass(/app-post--accepted/);
    await expect(asker.locator('.app-thread-meta')).toContainText('Gelöst');
    const box = asker.getByRole('region', { name: 'Als Lösung markierte Antwort' });
    await expect(box).toBeVisible();
    await expect(box).toContainText(answer);
    await expectNoA11yViolations(asker, 'thread page (answered)');
  });

  await test.step('the data persists: a reload shows the same', async () => {
    for (const page of [asker, land]) {
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.locator('.app-thread-meta')).toContainText('Gelöst');
      const accepted = post(page, answer);
      await expect(accepted).toHaveClass(/app-post--accepted/);
      await expect(accepted).toContainText('Als Lösung markiert');
      await expect(accepted).toContainText('Offizielle Antwort: Hessen');
      await expect(accepted).toContainText('Federführendes Land');
      await expect(page.getByRole('region', { name: 'Als Lösung markierte Antwort' })).toContainText(answer);
    }
    // The topic list shows the thread as answered, too.
    await asker
      .getByRole('navigation', { name: 'Brotkrümelnavigation' })
      .getByRole('link', { name: 'Führerschein' })
      .click();
    const item = asker.getByRole('listitem').filter({ has: asker.getByRole('link', { name: title }) });
    await expect(item).toContainText('Gelöst');
    await expect(item).toContainText('1 Antwort');
  });

  await landContext.close();
  await askerContext.close();
});
