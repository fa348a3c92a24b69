import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { apiLogin, DEMO, DEMO_PASSWORD, gql } from './support/graphql';
import { loginViaUi, uniqueSuffix } from './support/login';

// Issue 15: one status everywhere, official answers on purpose, the presenter view for the AL-Runde,
// the BITV start-page duties (Leichte Sprache, Gebärdensprache) and the approval queue's unconfirmed
// registrations — in Debian's Chromium, with axe on every page visited.

const ASK = `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`;
const REPLY = `mutation($i: CreatePostInput!) { createPost(input: $i) { id official } }`;

async function topicId(request: APIRequestContext, token: string, title: string): Promise<string> {
  const data = await gql<{ boards: { topics: { id: string; title: string }[] }[] }>(
    request,
    `{ boards { topics { id title } } }`,
    {},
    token,
  );
  const topic = data.boards.flatMap((b) => b.topics).find((t) => t.title === title);
  if (!topic) throw new Error(`topic ${title} missing`);
  return topic.id;
}

// API calls go through the separate `request` context: its session cookies never reach the browser pages.
test('a Land representative is told that a reply is the official answer, and can post an ordinary note', async ({
  page,
  request,
}) => {
  const kommune = await apiLogin(request, DEMO.kommune);
  const thread = await gql<{ createThread: { id: string } }>(
    request,
    ASK,
    {
      i: {
        topicId: await topicId(request, kommune, 'Führerschein'),
        title: 'Wer prüft bei der Umschreibung ausländischer Führerscheine die Echtheit?',
        body: 'Wir bekommen viele Anträge aus Drittstaaten. Prüft das Land oder bleibt das bei uns?',
      },
    },
    kommune,
  );
  const id = thread.createThread.id;

  await loginViaUi(page, DEMO.land);
  await page.goto(`/fragen/${id}`);
  await expect(page.locator('.app-thread-meta')).toContainText('Offen');
  const notice = page.getByText(/Sie antworten für Hessen, das federführende Land dieser Leistung/);
  await expect(notice).toBeVisible();
  const official = page.getByRole('checkbox', { name: 'Als offizielle Antwort von Hessen veröffentlichen' });
  await expect(official).toBeChecked();
  await expectNoA11yViolations(page, 'thread page with the official-answer notice');

  // An ordinary note: no official mark, the question stays open.
  await official.uncheck();
  await expect(page.getByText(/Sie schreiben eine einfache Anmerkung/)).toBeVisible();
  const note = `Wir klären das mit der Führerscheinstelle und melden uns bis Freitag (${uniqueSuffix()}).`;
  await page.getByLabel('Ihre Antwort', { exact: true }).fill(note);
  await page.getByRole('button', { name: 'Antwort senden', exact: true }).click();
  const notePost = page.locator('.app-post').filter({ hasText: note });
  await expect(notePost).toBeVisible();
  await expect(notePost).not.toContainText('Offizielle Antwort');
  await page.reload();
  await expect(page.locator('.app-thread-meta')).toContainText('Offen');
  await expect(official).toBeChecked(); // the next reply is official again

  // The official answer changes the status everywhere.
  const answer = 'Die Echtheit prüft Ihre Fahrerlaubnisbehörde; das Land stellt die Prüfliste bereit.';
  await page.getByLabel('Ihre Antwort', { exact: true }).fill(answer);
  await page.getByRole('button', { name: 'Offizielle Antwort senden' }).click();
  await expect(page.locator('.app-post').filter({ hasText: answer })).toContainText(
    'Offizielle Antwort: Hessen',
  );
  await expect(page.locator('.app-thread-meta')).toContainText('Landesantwort liegt vor');
  await page.goto('/mein-land');
  await expect(page.getByRole('heading', { level: 1, name: 'Fragen an mein Land' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Ansicht' })
    .getByRole('link', { name: 'Beantwortet, noch nicht gelöst' })
    .click();
  const item = page.locator('.app-thread-list > li').filter({ hasText: 'Wer prüft bei der Umschreibung' });
  await expect(item.first()).toContainText('Landesantwort liegt vor');
  await expectNoA11yViolations(page, 'Fragen an mein Land (answered view)');
});

test('the presenter view shows a new question and an official answer live; a hidden post never appears (screenshots at 1920×1080)', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const presenterContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const presenter = await presenterContext.newPage();
  await loginViaUi(presenter, DEMO.moderator);
  await presenter.goto('/praesentation');
  await expect(presenter.getByRole('heading', { level: 1, name: 'Kommunalpakt live' })).toBeVisible();
  await expect(presenter.getByText('Forum Kommunalpakt · IT-Planungsrat')).toBeVisible();
  await expect(presenter.getByText('Live', { exact: true })).toBeVisible();
  await expect(presenter.getByRole('region', { name: 'Heute' })).toBeVisible();
  await expect(presenter.getByRole('region', { name: 'Fragen je federführendem Land' })).toBeVisible();
  await presenter.waitForTimeout(500); // the fresh socket joins the activity room

  // The second context: a Kommune asks in the browser.
  const kommuneContext = await browser.newContext();
  const kommune = await kommuneContext.newPage();
  await loginViaUi(kommune, DEMO.kommune);
  await kommune.goto('/bereiche/mobilitaet-reisen');
  await kommune.getByRole('link', { name: 'Führerschein', exact: true }).click();
  await kommune.getByRole('link', { name: 'Neue Frage stellen' }).click();
  const title =
    'Führerschein-Umtausch: Wie erfahren Bürgerinnen und Bürger, wann der neue Führerschein abholbereit ist?';
  await kommune.getByLabel('Titel Ihrer Frage').fill(title);
  await kommune
    .getByLabel('Ihre Frage', { exact: true })
    .fill('Wir möchten eine Benachrichtigung aus dem Dienst heraus schicken statt eines Briefes.');
  await kommune.getByRole('button', { name: 'Frage veröffentlichen' }).click();
  await expect(kommune.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const threadId = decodeURIComponent(new URL(kommune.url()).pathname.split('/').pop() ?? '');

  const stream = presenter.getByRole('region', { name: 'Aktivität in Echtzeit' });
  const entry = (kind: string) =>
    stream.getByRole('listitem').filter({ hasText: kind }).filter({ hasText: title });
  await expect(entry('Neue Frage')).toHaveCount(1);

  // The lead Land answers officially; someone posts an advert that the moderation hides.
  const land = await apiLogin(request, DEMO.land);
  await gql(
    request,
    REPLY,
    {
      i: {
        threadId,
        body: 'Der Dienst verschickt eine Nachricht ins Postfach, sobald die Bundesdruckerei geliefert hat.',
      },
    },
    land,
  );
  await expect(entry('Offizielle Antwort')).toHaveCount(1);
  const kommuneToken = await apiLogin(request, DEMO.kommune);
  const spam = await gql<{ createPost: { id: string } }>(
    request,
    REPLY,
    { i: { threadId, body: 'Jetzt Beratung buchen und Rabatt sichern!' } },
    kommuneToken,
  );
  const moderator = await apiLogin(request, DEMO.moderator, DEMO_PASSWORD);
  await gql(
    request,
    `mutation($id: ID!) { hidePost(postId: $id, reason: "Werbung ist im Forum nicht erlaubt.") { id } }`,
    { id: spam.createPost.id },
    moderator,
  );
  // Give the hide event time to arrive; by default neither the advert nor its hiding is shown.
  await presenter.waitForTimeout(1500);
  await expect(stream).not.toContainText('Rabatt');
  await expect(stream).not.toContainText('Beitrag ausgeblendet');
  await expect(stream.getByRole('listitem').first()).toContainText('Offizielle Antwort');
  await expect(presenter.getByRole('region', { name: 'Heute' })).not.toContainText('–');
  await expectNoA11yViolations(presenter, 'presenter view');

  const shot = testInfo.outputPath('presenter-1920x1080.png');
  await presenter.screenshot({ path: shot });
  await testInfo.attach('presenter-1920x1080', { path: shot, contentType: 'image/png' });

  // Behind the switch: the moderation events, still without the hidden post itself.
  await presenter.getByRole('switch', { name: 'Alle Ereignisse, auch Moderation' }).check();
  await expect(
    stream.getByRole('listitem').filter({ hasText: 'Beitrag ausgeblendet' }).first(),
  ).toBeVisible();
  await expect(entry('Beitrag ausgeblendet')).toHaveCount(1);
  // The advert was an ordinary answer in this thread: its entry is withdrawn.
  await expect(
    stream
      .getByRole('listitem')
      .filter({ hasText: /^Antwort/ })
      .filter({ hasText: title }),
  ).toHaveCount(0);
  await expectNoA11yViolations(presenter, 'presenter view with moderation');
  const moderationShot = testInfo.outputPath('presenter-moderation-1920x1080.png');
  await presenter.screenshot({ path: moderationShot });
  await testInfo.attach('presenter-moderation-1920x1080', { path: moderationShot, contentType: 'image/png' });

  // The audit log names what was hidden, and who did it.
  const audit = await presenterContext.newPage();
  await audit.goto('/moderation/audit-log');
  const row = audit.getByRole('row').filter({ hasText: 'Jetzt Beratung buchen' }).first();
  await expect(row).toContainText('Beitrag ausgeblendet');
  await expect(row).toContainText('Werbung ist im Forum nicht erlaubt.');
  await expect(row.getByRole('link', { name: /Jetzt Beratung buchen/ })).toHaveAttribute(
    'href',
    new RegExp(`/fragen/${threadId}#post-`),
  );
  await expectNoA11yViolations(audit, 'audit log');

  await kommuneContext.close();
  await presenterContext.close();
});

test('the Leichte Sprache page is reachable from the start page by keyboard; the DGS page says there is no video yet', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Forum Kommunalpakt' })).toBeVisible();
  await expectNoA11yViolations(page, 'start page');
  const link = page.getByRole('link', { name: 'Das Forum in Leichter Sprache' });
  let reached = false;
  for (let i = 0; i < 30 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await link.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'the Leichte Sprache link takes the keyboard focus').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/leichte-sprache$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Leichte Sprache' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'So benutzen Sie das Forum' })).toBeVisible();
  await expectNoA11yViolations(page, 'Leichte Sprache');

  await page.getByRole('contentinfo').getByRole('link', { name: 'Gebärdensprache' }).click();
  await expect(page).toHaveURL(/\/gebaerdensprache$/);
  await expect(page.getByText('Noch kein Video in Gebärdensprache')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Der Inhalt als Text' })).toBeVisible();
  await expectNoA11yViolations(page, 'Gebärdensprache');

  // The video path belongs to the API: a missing file is a 404, never the web app's index.html.
  const missing = await page.request.get('/dgs/fehlt.mp4', { headers: { accept: 'text/html,*/*' } });
  expect(missing.status()).toBe(404);
  expect(await missing.text()).not.toContain('<html');
});

test('the approval queue shows unconfirmed registrations; the moderator vouches to approve', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const suffix = uniqueSuffix();
  const orgs = await gql<{ organisations: { id: string }[] }>(
    request,
    `{ organisations(kind: KOMMUNE, search: "Potsdam") { id } }`,
  );
  const displayName = `E-Government-Team Potsdam ${suffix}`;
  await gql(request, `mutation($i: RegisterInput!) { register(input: $i) { id } }`, {
    i: {
      email: `potsdam-${suffix}@kommune.example`,
      password: `Potsdam-Passwort-${suffix}`,
      displayName,
      organisationId: orgs.organisations[0].id,
    },
  });
  await loginViaUi(page, DEMO.moderator);
  await page.goto('/moderation/freischaltungen');
  const row = page.getByRole('row').filter({ hasText: displayName });
  await expect(row).toContainText('E-Mail noch nicht bestätigt');
  await expectNoA11yViolations(page, 'approval queue with an unconfirmed registration');
  await row.getByRole('button', { name: `${displayName} freischalten` }).click();
  const dialog = page.getByRole('dialog', { name: 'Konto ohne bestätigte E-Mail-Adresse freischalten' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: /Ich bürge dafür/ }).check();
  await expectNoA11yViolations(page, 'vouch dialog');
  await dialog.getByRole('button', { name: 'Bürgen und freischalten' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${displayName} wurde freigeschaltet.` }),
  ).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: displayName })).toHaveCount(0);
  await context.close();
});
