import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { apiLogin, DEMO, gql } from './support/graphql';
import { loginViaUi, uniqueSuffix } from './support/login';

// Journey 5 of PRODUCT.md in a real browser against the production build: a user flags an offensive
// post; moderators are notified (the "Moderation" link's open-flag count rises live); one hides the post
// from the review queue ("Prüfliste"); the action lands in the audit log. axe-core on every page.

/** The header link to the moderation area; its accessible name carries the number of open flags. */
function moderationLink(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: /^Moderation/ });
}

async function openFlagCount(page: Page): Promise<number> {
  const name = (await moderationLink(page).textContent()) ?? '';
  const match = /(\d+) offene Meldung/.exec(name);
  return match ? Number(match[1]) : 0;
}

test('journey 5: a user flags an offensive post; a moderator hides it; the audit log records it', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const title = `E2E Moderation ${suffix}`;
  const offensive = `Das ist doch völliger Unsinn, ihr Ahnungslosen ${suffix}!`;
  const reason = `Beleidigung (E2E ${suffix})`;

  // The offensive post: a question written by the Land representative, through the API.
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
    { input: { topicId, title, body: offensive } },
    landToken,
  );
  const threadPath = `/fragen/${createThread.id}`;

  // A moderator is signed in before the flag arrives.
  const modContext = await browser.newContext();
  const mod = await modContext.newPage();
  await loginViaUi(mod, DEMO.moderator);
  await expect(moderationLink(mod)).toBeVisible();
  const before = await openFlagCount(mod);

  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  const authorContext = await browser.newContext();

  await test.step('a Kommune user flags the post with a reason and a comment', async () => {
    await loginViaUi(user, DEMO.kommune);
    // An ordinary user has no moderation link.
    await expect(moderationLink(user)).toHaveCount(0);
    await user.goto(threadPath);
    await expect(user.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(user.getByRole('heading', { name: 'Moderation', exact: true })).toHaveCount(0);
    await expectNoA11yViolations(user, 'thread (user)');

    const post = user.locator('article.app-post').filter({ hasText: offensive });
    await post.getByRole('button', { name: /^Beitrag von .* melden$/ }).click();
    const dialog = user.getByRole('dialog', { name: 'Beitrag melden' });
    await expect(dialog).toBeVisible();
    // Focus is inside the dialog, on the first reason.
    await expect(dialog.getByRole('radio', { name: 'Beleidigung oder unangemessener Ton' })).toBeFocused();
    await expect(dialog.getByRole('radio')).toHaveCount(5);
    await expectNoA11yViolations(user, 'flag dialog');
    await dialog.getByRole('radio', { name: 'Beleidigung oder unangemessener Ton' }).check();
    await dialog.getByLabel(/Anmerkung für die Moderation/).fill('Bitte prüfen, der Ton ist verletzend.');
    await dialog.getByRole('button', { name: 'Meldung senden' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      user.getByRole('status').filter({ hasText: 'Danke, Ihre Meldung ist bei der Moderation eingegangen.' }),
    ).toBeVisible();

    // Reporting the same post twice is refused readably.
    await post.getByRole('button', { name: /^Beitrag von .* melden$/ }).click();
    await dialog.getByRole('radio', { name: 'Spam oder Werbung' }).check();
    await dialog.getByRole('button', { name: 'Meldung senden' }).click();
    await expect(
      user.getByRole('status').filter({ hasText: 'Sie haben diesen Beitrag bereits gemeldet.' }),
    ).toBeVisible();
  });

  await test.step('the moderator is notified: the open-flag count in the header rises at once', async () => {
    await expect.poll(() => openFlagCount(mod), { timeout: 15_000 }).toBeGreaterThan(before);
  });

  await test.step('the moderator reviews the flag in the Prüfliste and hides the post', async () => {
    await moderationLink(mod).click();
    await expect(mod).toHaveURL(/\/moderation\/pruefliste$/);
    await expect(mod.getByRole('heading', { level: 1, name: 'Prüfliste' })).toBeVisible();
    const item = mod.locator('article.app-flag-item').filter({ hasText: title });
    await expect(item).toBeVisible();
    await expect(item).toContainText(offensive);
    await expect(item).toContainText('Beleidigung oder unangemessener Ton');
    await expect(item).toContainText('Bitte prüfen, der Ton ist verletzend.');
    await expectNoA11yViolations(mod, 'Prüfliste');

    await item.getByRole('button', { name: 'Beitrag ausblenden' }).click();
    const dialog = mod.getByRole('dialog', { name: 'Beitrag ausblenden' });
    await expect(dialog.getByLabel('Begründung')).toBeFocused();
    // A reason is required.
    await dialog.getByRole('button', { name: 'Ausblenden' }).click();
    await expect(dialog).toContainText('Bitte geben Sie eine Begründung an.');
    await expectNoA11yViolations(mod, 'hide dialog with error');
    await dialog.getByLabel('Begründung').fill(reason);
    await dialog.getByRole('button', { name: 'Ausblenden' }).click();
    await expect(
      mod
        .getByRole('status')
        .filter({ hasText: 'Der Beitrag wurde ausgeblendet; die Meldungen sind erledigt.' }),
    ).toBeVisible();
    await expect(item).toHaveCount(0);
    await expectNoA11yViolations(mod, 'Prüfliste after hiding');
  });

  await test.step('the action appears in the audit log', async () => {
    await mod
      .getByRole('navigation', { name: 'Moderationsbereiche' })
      .getByRole('link', { name: 'Audit-Log' })
      .click();
    await expect(mod).toHaveURL(/\/moderation\/audit-log$/);
    await mod.getByLabel('Aktion').selectOption('POST_HIDDEN');
    await mod.getByLabel('Objekttyp').selectOption('POST');
    await mod.getByRole('button', { name: 'Filter anwenden' }).click();
    const row = mod.getByRole('row').filter({ hasText: reason });
    await expect(row).toBeVisible();
    await expect(row).toContainText('Beitrag ausgeblendet');
    await expect(row).toContainText('Moderation FITKO');
    await expectNoA11yViolations(mod, 'audit log');
  });

  await test.step('readers no longer see the text; the author sees why it was hidden', async () => {
    await user.goto(threadPath);
    await expect(user.getByText('Dieser Beitrag wurde von der Moderation ausgeblendet.')).toBeVisible();
    await expect(user.locator('main')).not.toContainText(offensive);

    const author = await authorContext.newPage();
    await loginViaUi(author, DEMO.land);
    await author.goto(threadPath);
    await expect(author.getByText(`Grund: ${reason}`)).toBeVisible();
    await expectNoA11yViolations(author, 'thread (author of the hidden post)');
  });

  for (const context of [authorContext, userContext, modContext]) await context.close();
});
