import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { apiLogin, DEMO, gql } from './support/graphql';
import { loginViaUi, uniqueSuffix } from './support/login';

// Documents and tags (issue 19): a reply with a PDF and an image (with its alternative text) in Chromium,
// another member downloads the PDF, and a tag filter lists the question — with axe on every page visited.

/** A small real PDF (one page). */
function pdf(text: string): Buffer {
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    `% ${text}`,
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n');
  return Buffer.from(body, 'latin1');
}

/** A 40×30 PNG (red), inlined so nothing is fetched. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAPUlEQVRIie3VQQ0AMAwCwPlBAe6RNhnb45L+mzSUO2uezLG4Tj3hineqApnKDCSKxWCxWBwWg8VicV+xeAE6wVkMEG1l6wAAAABJRU5ErkJggg==',
  'base64',
);

test('a reply carries a PDF and an image with alternative text; another member downloads the PDF', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const title = `E2E Anhang ${suffix}`;
  const fileName = `Anbindungsleitfaden-${suffix}.pdf`;
  const alt = `Fehlermeldung im Fachverfahren ${suffix}`;
  const document = pdf(`Leitfaden ${suffix}`);

  const landToken = await apiLogin(request, DEMO.land);
  const { tags, boards } = await gql<{
    tags: Array<{ id: string; slug: string; name: string }>;
    boards: Array<{ topics: Array<{ id: string }> }>;
  }>(request, '{ tags { id slug name } boards { topics { id } } }', {}, landToken);
  const topicId = boards.find((b) => b.topics.length > 0)!.topics[0].id;
  const { createThread } = await gql<{ createThread: { id: string } }>(
    request,
    'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }',
    { input: { topicId, title, body: 'Wo finde ich den Anbindungsleitfaden?' } },
    landToken,
  );

  await loginViaUi(page, DEMO.kommune);
  await page.goto(`/fragen/${createThread.id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await test.step('attach a PDF and an image, the editor asks for the alternative text', async () => {
    await page.getByLabel('Ihre Antwort').fill(`Hier ist der Leitfaden ${suffix}.`);
    await page.getByTestId('reply-attachments-file').setInputFiles({
      name: fileName,
      mimeType: 'application/pdf',
      buffer: document,
    });
    const attached = page.getByRole('list', { name: 'Angehängte Dateien' });
    await expect(attached.getByText(fileName)).toBeVisible();

    await page.getByTestId('reply-attachments-image').setInputFiles({
      name: `fehler-${suffix}.png`,
      mimeType: 'image/png',
      buffer: PNG,
    });
    const dialog = page.getByRole('dialog', { name: 'Alternativtext für das Bild' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Bild einfügen' }).click();
    await expect(dialog.getByText('Bitte beschreiben Sie das Bild.')).toBeVisible();
    await dialog.getByLabel('Alternativtext').fill(alt);
    await expectNoA11yViolations(page, 'reply with the alternative-text dialog');
    await dialog.getByRole('button', { name: 'Bild einfügen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Ihre Antwort')).toHaveValue(new RegExp(`!\\[${alt}\\]\\(/files/`));
    await page.getByRole('button', { name: 'Antwort senden' }).click();
  });

  const reply = page.locator('article.app-post').filter({ hasText: `Hier ist der Leitfaden ${suffix}.` });
  await test.step('the reply shows the image inline and lists the PDF', async () => {
    await expect(reply.getByRole('img', { name: alt })).toBeVisible();
    await expect(reply.getByRole('link', { name: fileName })).toBeVisible();
    await expectNoA11yViolations(page, 'thread with attachments');
  });

  await test.step('another member downloads the PDF', async () => {
    const context = await browser.newContext();
    const other = await context.newPage();
    await loginViaUi(other, DEMO.land);
    await other.goto(`/fragen/${createThread.id}`);
    const link = other
      .locator('article.app-post')
      .filter({ hasText: `Hier ist der Leitfaden ${suffix}.` })
      .getByRole('link', { name: fileName });
    const [download] = await Promise.all([other.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(fileName);
    const stream = await download.createReadStream();
    const parts: Buffer[] = [];
    for await (const part of stream) parts.push(part as Buffer);
    expect(Buffer.concat(parts).toString('latin1')).toBe(document.toString('latin1'));
    await context.close();
  });

  await test.step('a question asked with a tag is listed by the tag filter and on the tag page', async () => {
    const tag = tags.find((t) => t.slug === 'fit-connect')!;
    const tagged = `E2E Schlagwort ${suffix}`;
    await page.goto(`/themen/${topicId}/neue-frage`);
    await page.getByLabel('Titel Ihrer Frage').fill(tagged);
    await page.getByLabel('Ihre Frage').fill('Welchen Zustellpunkt nutzen Sie für FIT-Connect?');
    await page.getByRole('checkbox', { name: tag.name }).check();
    await page.getByRole('button', { name: 'Frage veröffentlichen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: tagged })).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Schlagwörter der Frage' }).getByRole('link', { name: tag.name }),
    ).toBeVisible();

    await page.goto(`/themen/${topicId}`);
    await page.getByLabel('Schlagwort').selectOption(tag.id);
    await expect(page).toHaveURL(new RegExp(`schlagwort=${tag.id}`));
    await expect(page.getByRole('link', { name: tagged })).toBeVisible();
    await expect(page.getByRole('link', { name: title })).toBeHidden();
    await expectNoA11yViolations(page, 'topic filtered by tag');

    await page.goto(`/schlagwort/${tag.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: `Schlagwort: ${tag.name}` })).toBeVisible();
    await expect(page.getByRole('link', { name: tagged })).toBeVisible();
  });
});

/** The id of the first board's first topic (as a demo member sees it). */
async function firstTopicId(request: Parameters<typeof apiLogin>[0], token: string): Promise<string> {
  const { boards } = await gql<{ boards: Array<{ topics: Array<{ id: string }> }> }>(
    request,
    '{ boards { topics { id } } }',
    {},
    token,
  );
  return boards.find((b) => b.topics.length > 0)!.topics[0].id;
}

test('a question is asked with a PDF; editing the post removes it and adds another', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const title = `E2E Frage mit Anhang ${suffix}`;
  const first = `Leistungsbeschreibung-${suffix}.pdf`;
  const second = `Nachnutzungsvereinbarung-${suffix}.pdf`;
  const topicId = await firstTopicId(request, await apiLogin(request, DEMO.kommune));

  await loginViaUi(page, DEMO.kommune);
  await test.step('the new question carries the PDF', async () => {
    await page.goto(`/themen/${topicId}/neue-frage`);
    await page.getByLabel('Titel Ihrer Frage').fill(title);
    await page
      .getByLabel('Ihre Frage')
      .fill('Passt die Leistungsbeschreibung im Anhang zu unserem Fachverfahren?');
    await page.getByTestId('thread-attachments-file').setInputFiles({
      name: first,
      mimeType: 'application/pdf',
      buffer: pdf(`Beschreibung ${suffix}`),
    });
    await expect(page.getByRole('list', { name: 'Angehängte Dateien' }).getByText(first)).toBeVisible();
    await expectNoA11yViolations(page, 'new question with an attachment');
    await page.getByRole('button', { name: 'Frage veröffentlichen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  const question = page.locator('article.app-post').first();
  await expect(question.getByRole('link', { name: first })).toBeVisible();

  await test.step('editing shows the current file with a remove button; the list replaces the files', async () => {
    await question.getByRole('button', { name: 'Bearbeiten' }).click();
    const attached = question.getByRole('list', { name: 'Angehängte Dateien' });
    await expect(attached.getByText(first)).toBeVisible();
    await attached.getByRole('button', { name: `„${first}“ entfernen` }).click();
    await expect(attached).toBeHidden();
    await question.locator('[data-testid$="-attachments-file"]').setInputFiles({
      name: second,
      mimeType: 'application/pdf',
      buffer: pdf(`Vereinbarung ${suffix}`),
    });
    await expect(question.getByRole('list', { name: 'Angehängte Dateien' }).getByText(second)).toBeVisible();
    await expectNoA11yViolations(page, 'editing a post with attachments');
    await question.getByRole('button', { name: 'Speichern' }).click();
    await expect(question.getByRole('link', { name: second })).toBeVisible();
    await expect(question.getByRole('link', { name: first })).toHaveCount(0);
  });

  await test.step('after a reload the post still has only the new file', async () => {
    await page.reload();
    const reloaded = page.locator('article.app-post').first();
    await expect(reloaded.getByRole('link', { name: second })).toBeVisible();
    await expect(reloaded.getByRole('link', { name: first })).toHaveCount(0);
  });
});

test('moderators create, rename, describe and merge tags on /moderation/schlagwoerter', async ({ page }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const source = `E2E Quelle ${suffix}`;
  const renamed = `E2E Dublette ${suffix}`;
  const target = `E2E Ziel ${suffix}`;

  await loginViaUi(page, DEMO.moderator);
  await page.goto('/moderation');
  await page
    .getByRole('navigation', { name: /Moderation/ })
    .getByRole('link', { name: 'Schlagwörter' })
    .click();
  await expect(page).toHaveURL(/\/moderation\/schlagwoerter$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Schlagwörter verwalten' })).toBeVisible();
  await expectNoA11yViolations(page, 'tag management');

  await test.step('a name that is too short is refused with a message on the field', async () => {
    await page.getByLabel('Name', { exact: true }).fill('X');
    await page.getByRole('button', { name: 'Schlagwort anlegen' }).click();
    await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  });

  await test.step('create two tags', async () => {
    for (const name of [source, target]) {
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByRole('button', { name: 'Schlagwort anlegen' }).click();
      await expect(page.getByText(`Das Schlagwort „${name}“ wurde angelegt.`)).toBeVisible();
    }
  });

  await test.step('rename and describe one', async () => {
    await page.getByRole('button', { name: `„${source}“ bearbeiten` }).click();
    const dialog = page.getByRole('dialog', { name: 'Schlagwort bearbeiten' });
    await dialog.getByLabel('Name').fill(renamed);
    await dialog.getByLabel(/Beschreibung/).fill('Doppelt angelegt, wird zusammengeführt.');
    await expectNoA11yViolations(page, 'tag edit dialog');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText(`Das Schlagwort „${renamed}“ wurde gespeichert.`)).toBeVisible();
    await expect(page.getByText('Doppelt angelegt, wird zusammengeführt.')).toBeVisible();
  });

  await test.step('merge it into the other after confirming', async () => {
    await page
      .getByRole('button', { name: `„${renamed}“ mit einem anderen Schlagwort zusammenführen` })
      .click();
    const dialog = page.getByRole('dialog', { name: `„${renamed}“ zusammenführen` });
    await dialog.getByLabel('Ziel-Schlagwort').selectOption({ label: target });
    await dialog.getByRole('button', { name: 'Endgültig zusammenführen' }).click();
    await expect(dialog.getByText('Bitte bestätigen Sie das Zusammenführen.')).toBeVisible();
    await dialog.getByRole('checkbox').check();
    await expectNoA11yViolations(page, 'tag merge dialog');
    await dialog.getByRole('button', { name: 'Endgültig zusammenführen' }).click();
    await expect(page.getByText(`„${renamed}“ wurde mit „${target}“ zusammengeführt.`)).toBeVisible();
    await expect(page.getByRole('button', { name: `„${renamed}“ bearbeiten` })).toHaveCount(0);
    await expect(page.getByRole('button', { name: `„${target}“ bearbeiten` })).toBeVisible();
  });
});

test('the search page filters by tag', async ({ page, request }) => {
  test.setTimeout(90_000);
  const suffix = uniqueSuffix();
  const word = `Zustellpunktpruefung${suffix.replace(/[^a-z0-9]/gi, '')}`;
  const token = await apiLogin(request, DEMO.kommune);
  const topicId = await firstTopicId(request, token);
  const { tags } = await gql<{ tags: Array<{ id: string; slug: string; name: string }> }>(
    request,
    '{ tags { id slug name } }',
    {},
    token,
  );
  const tag = tags.find((t) => t.slug === 'fit-connect')!;
  const ask = (title: string, tagIds: string[]) =>
    gql(
      request,
      'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }',
      { input: { topicId, title, body: `${word} – wie gehen Sie vor?`, tagIds } },
      token,
    );
  const tagged = `E2E Suche mit Schlagwort ${suffix}`;
  const untagged = `E2E Suche ohne Schlagwort ${suffix}`;
  await ask(tagged, [tag.id]);
  await ask(untagged, []);

  await loginViaUi(page, DEMO.kommune);
  await page.goto(`/suche?q=${encodeURIComponent(word)}`);
  await expect(page.getByRole('link', { name: untagged })).toBeVisible();
  await page.getByLabel('Schlagwort').selectOption({ label: tag.name });
  await page.getByRole('main').getByRole('button', { name: 'Suchen' }).first().click();
  await expect(page).toHaveURL(new RegExp(`schlagwort=${tag.slug}`));
  await expect(page.getByRole('link', { name: tagged })).toBeVisible();
  await expect(page.getByRole('link', { name: untagged })).toHaveCount(0);
  await expectNoA11yViolations(page, 'search filtered by tag');
});
