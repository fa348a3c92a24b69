import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { apiLogin, DEMO, gql } from './support/graphql';
import { loginViaUi, uniqueSuffix } from './support/login';

// Issue 20: the FAQ of an EfA service and the adoption map, in a real browser with axe on every page.

// Setup goes through the separate `request` context: the page's own context would share the API login's
// session cookie, and the landing page would then skip its login form.
async function topicIdOf(request: APIRequestContext, token: string, title: string): Promise<string> {
  const data = await gql<{ services: { id: string; title: string }[] }>(
    request,
    'query($s: String!) { services(search: $s) { id title } }',
    { s: title },
    token,
  );
  const topic = data.services.find((s) => s.title === title);
  expect(topic, `service ${title}`).toBeTruthy();
  return topic!.id;
}

test('the lead Land promotes an official answer to the FAQ; it is offered while another Kommune types', async ({
  page,
  browser,
  request,
}) => {
  // Two sign-ins and three axe runs on a shared machine.
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const kommuneToken = await apiLogin(request, DEMO.kommune);
  const landToken = await apiLogin(request, DEMO.land);
  // "Ehe Online" is led by Hessen, the demo Land login's Land.
  const topicId = await topicIdOf(request, kommuneToken, 'Ehe Online');
  const title = `Eheurkunde per Post oder digital verschicken ${suffix}?`;
  const { createThread } = await gql<{ createThread: { id: string } }>(
    request,
    'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
    { i: { topicId, title, body: 'Wie verschicken Sie die Eheurkunde nach der Online-Anmeldung?' } },
    kommuneToken,
  );
  await gql(
    request,
    'mutation($i: CreatePostInput!) { createPost(input: $i) { id } }',
    {
      i: {
        threadId: createThread.id,
        body: 'Die Urkunde geht **digital signiert** in das Postfach.',
        official: true,
      },
    },
    landToken,
  );

  await loginViaUi(page, DEMO.land);
  await page.goto(`/fragen/${createThread.id}`);
  const answer = page.locator('article.app-post').filter({ hasText: 'digital signiert' });
  await answer.getByRole('button', { name: 'In die FAQ übernehmen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Antwort in die FAQ übernehmen' });
  await expect(dialog).toBeVisible();
  await expectNoA11yViolations(page, 'promote dialog');
  const question = `Eheurkunde digital verschicken ${suffix}?`;
  await dialog.getByLabel('Frage').fill(question);
  await dialog.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(answer.getByText('In die FAQ übernommen')).toBeVisible();

  await page.goto(`/themen/${topicId}`);
  const faq = page.getByRole('region', { name: 'Häufige Fragen zu dieser Leistung' });
  await faq.getByText(question).click();
  await expect(faq.getByText('digital signiert')).toBeVisible();
  await expectNoA11yViolations(page, 'topic page with FAQ');

  // A second person (the Kommune's demo login) starts a question with a similar title.
  const other = await browser.newContext();
  const second = await other.newPage();
  await loginViaUi(second, DEMO.kommune);
  await second.goto(`/themen/${topicId}/neue-frage`);
  await second.getByLabel('Titel Ihrer Frage').fill(`Eheurkunde digital verschicken ${suffix}`);
  const offered = second.getByRole('region', { name: 'Antworten aus der FAQ' });
  await expect(offered.getByText(question)).toBeVisible();
  // Offered before the similar threads.
  const similar = second.getByRole('region', { name: /Ähnliche Fragen/ });
  if (await similar.count()) {
    const [faqBox, similarBox] = await Promise.all([offered.boundingBox(), similar.boundingBox()]);
    expect(faqBox!.y).toBeLessThan(similarBox!.y);
  }
  await expectNoA11yViolations(second, 'new question with FAQ suggestion');
  await other.close();
});

test('a Kommune records by keyboard that it uses a service and sees it on the map', async ({
  page,
  request,
}) => {
  const token = await apiLogin(request, DEMO.kommune);
  // "Bürgergeld" has no demo adoption records: the Hessen tile starts at 0.
  const topicId = await topicIdOf(request, token, 'Bürgergeld');
  await loginViaUi(page, DEMO.kommune);
  await page.goto(`/themen/${topicId}`);
  const form = page.getByRole('form', { name: /^Stand in / });
  await expect(form).toBeVisible();
  await expect(page.getByText('Hessen: 0 nutzen, 0 in Umsetzung, 0 geplant')).toBeAttached();

  // Keyboard only: focus the first option, choose "nutzt", fill the model, submit with Enter.
  await form.getByRole('radio', { name: 'nutzt die Leistung' }).focus();
  await page.keyboard.press('Space');
  await expect(form.getByRole('radio', { name: 'nutzt die Leistung' })).toBeChecked();
  await form.getByLabel('Nachnutzungsmodell').focus();
  await page.keyboard.type('FIT-Store');
  await page.keyboard.press('Enter');
  await expect(form.getByText('Gespeichert.')).toBeVisible();

  await expect(page.getByText('Hessen: 1 nutzen, 0 in Umsetzung, 0 geplant')).toBeAttached();
  await page.getByText('Als Tabelle anzeigen').click();
  const row = page.getByRole('row', { name: /Hessen/ });
  await expect(row.getByRole('cell').first()).toHaveText('1');
  await expect(page.getByRole('link', { name: 'Landeshauptstadt Wiesbaden' })).toBeVisible();
  await expectNoA11yViolations(page, 'topic page with adoption map');
});
