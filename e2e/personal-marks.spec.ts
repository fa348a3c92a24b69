import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { apiLogin, DEMO, gql } from './support/graphql';
import { loginViaUi, uniqueSuffix, openAccountLink } from './support/login';

// A member's personal marks and data rights: quoting (posts), "Hilfreich" (reactions), drafts, bookmarks,
// "neu" on the latest-threads view (reading) and the data export (account), in a real browser with axe-core
// on every page visited.

test('a member quotes, finds a post helpful, keeps a draft and downloads their data', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const title = `E2E Merkliste ${suffix}`;
  const sentence = `Wir binden den Dienst über FIT-Connect an ${suffix}.`;

  // The question: written by the Land representative through the API, so the Kommune user may react to it.
  const landToken = await apiLogin(request, DEMO.land);
  const { boards } = await gql<{ boards: Array<{ topics: Array<{ id: string }> }> }>(
    request,
    '{ boards { topics { id } } }',
    {},
    landToken,
  );
  const topicId = boards.find((b) => b.topics.length > 0)!.topics[0].id;
  const { createThread } = await gql<{ createThread: { id: string } }>(
    request,
    'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }',
    { input: { topicId, title, body: `${sentence}\n\nWie machen Sie das?` } },
    landToken,
  );
  const threadPath = `/fragen/${createThread.id}`;

  await loginViaUi(page, DEMO.kommune);
  const displayName = (await page
    .locator('.app-user-menu__toggle .kern-label')
    .first()
    .textContent())!.trim();

  await test.step('the new question is marked "neu" on /neueste', async () => {
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Neueste' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Neueste Fragen' })).toBeVisible();
    const row = page.locator('.app-thread-item').filter({ hasText: title });
    await expect(row).toBeVisible();
    await expect(row.getByText('neu', { exact: true })).toBeVisible();
    await expectNoA11yViolations(page, '/neueste');
  });

  const question = page.locator('article.app-post').filter({ hasText: sentence });
  const editor = page.getByLabel('Ihre Antwort');

  await test.step('selected text is quoted into the reply', async () => {
    await page.goto(threadPath);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(question).toBeVisible();
    await question.getByText(sentence).evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await question.getByRole('button', { name: 'Auswahl zitieren' }).click();
    await expect(editor).toHaveValue(`> ${sentence}\n\n`);
    await expect(editor).toBeFocused();
    await expectNoA11yViolations(page, 'thread with quote');
  });

  await test.step('"Hilfreich" is pressed and counted', async () => {
    const helpful = question.getByRole('button', { name: 'Hilfreich (0)' });
    await expect(helpful).toHaveAttribute('aria-pressed', 'false');
    await helpful.click();
    const pressed = question.getByRole('button', { name: 'Hilfreich (1)' });
    await expect(pressed).toHaveAttribute('aria-pressed', 'true');
    await question.getByRole('button', { name: 'Wer fand das hilfreich?' }).click();
    await expect(question.getByRole('listitem').filter({ hasText: displayName })).toBeVisible();
  });

  await test.step('the unsent reply is kept as a draft across a reload', async () => {
    // The quote alone was saved already: wait for the save that includes the typed text.
    const saved = page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        (r.request().postData() ?? '').includes('SaveDraft') &&
        (r.request().postData() ?? '').includes('Landesdienst.'),
    );
    await editor.press('End');
    await editor.pressSequentially('Bei uns läuft das über den Landesdienst.');
    await saved;
    await expect(page.getByRole('status').filter({ hasText: 'Entwurf gespeichert' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Ihre Antwort')).toHaveValue(
      `> ${sentence}\n\nBei uns läuft das über den Landesdienst.`,
    );
    await expect(page.getByRole('status').filter({ hasText: 'Entwurf wiederhergestellt' })).toBeVisible();
    await expectNoA11yViolations(page, 'thread with restored draft');
  });

  await test.step('"Merken" puts the question on /merkliste', async () => {
    const bookmark = page.getByRole('button', { name: 'Merken' });
    await expect(bookmark).toHaveAttribute('aria-pressed', 'false');
    await bookmark.click();
    await expect(bookmark).toHaveAttribute('aria-pressed', 'true');
    await openAccountLink(page, 'Merkliste');
    await expect(page.getByRole('heading', { level: 1, name: 'Merkliste' })).toBeVisible();
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expectNoA11yViolations(page, '/merkliste');
  });

  await test.step('the data export downloads from the settings page', async () => {
    await openAccountLink(page, 'Profil');
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Benachrichtigungen je Art' })).toBeVisible();
    await expectNoA11yViolations(page, '/einstellungen');

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Meine Daten herunterladen (JSON)' }).click();
    const download = await downloadPromise;
    const file = await download.path();
    expect(fs.readFileSync(file, 'utf8')).toContain(displayName);

    // The same export over the page's session cookie.
    const response = await page.request.get('/me/export.json');
    expect(response.ok()).toBeTruthy();
    expect(await response.text()).toContain(displayName);
  });
});
