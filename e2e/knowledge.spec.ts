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

test('an administrator corrects a synonym in /verwaltung and search finds the service by it at once', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix().replace(/[^a-z]/g, '');
  const first = `Stuetzeantrag${suffix}`;
  const corrected = `Grundsicherungsantrag${suffix}`;
  await loginViaUi(page, DEMO.admin);
  await page.goto('/verwaltung/suchbegriffe');
  await page.getByLabel('Leistung').selectOption({ label: 'Bürgergeld' });
  const list = page.getByRole('region', { name: /^Bürgergeld: \d+ Suchbegriff/ });
  await expect(list).toBeVisible();
  await list.getByLabel(/Neuer Suchbegriff/).fill(first);
  await list.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(list.getByText(`„${first}“ wurde hinzugefügt.`)).toBeVisible();
  // The same word again (other case) is refused at the field.
  await list.getByLabel(/Neuer Suchbegriff/).fill(first.toUpperCase());
  await list.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(list.getByText('Diesen Suchbegriff gibt es für die Leistung schon.')).toBeVisible();
  await list.getByLabel(/Neuer Suchbegriff/).fill('');

  await list.getByRole('button', { name: `Suchbegriff „${first}“ bearbeiten` }).click();
  await expect(list.getByLabel('Suchbegriff', { exact: true })).toBeFocused();
  await list.getByLabel('Suchbegriff', { exact: true }).fill(corrected);
  await list.getByRole('button', { name: 'Speichern' }).click();
  await expect(list.getByText(`Der Suchbegriff heißt jetzt „${corrected}“.`)).toBeVisible();
  await expectNoA11yViolations(page, 'synonyms admin page');

  await page.goto(`/suche?q=${encodeURIComponent(corrected)}`);
  const services = page.getByRole('region', { name: 'Passende Leistung' });
  await expect(services.getByRole('link', { name: 'Bürgergeld' })).toBeVisible();

  // Tidy up, so that repeated runs do not pile up words.
  const token = await apiLogin(request, DEMO.admin);
  const topicId = await topicIdOf(request, token, 'Bürgergeld');
  const { topic } = await gql<{ topic: { synonyms: { id: string; term: string }[] } }>(
    request,
    'query($id: ID!) { topic(id: $id) { synonyms { id term } } }',
    { id: topicId },
    token,
  );
  const word = topic.synonyms.find((s) => s.term === corrected);
  expect(word).toBeTruthy();
  await gql(request, 'mutation($id: ID!) { removeServiceSynonym(id: $id) }', { id: word!.id }, token);
});

test('the tag page names its Atom feed, and the feed answers with Atom for a feed token', async ({
  page,
  request,
}) => {
  const token = await apiLogin(request, DEMO.kommune);
  // A tag that demo questions carry.
  const { tags } = await gql<{
    tags: { id: string; slug: string; name: string; threads: { totalCount: number } }[];
  }>(request, '{ tags { id slug name threads(first: 1) { totalCount } } }', {}, token);
  const tag = tags.find((t) => t.threads.totalCount > 0);
  expect(tag, 'a demo tag with questions').toBeTruthy();
  await loginViaUi(page, DEMO.kommune);
  await page.goto(`/schlagwort/${encodeURIComponent(tag!.slug)}`);
  const hint = page.getByText('Atom-Feed:');
  await expect(hint).toBeVisible();
  await expect(hint.locator('code')).toHaveText(`/feeds/tag/${tag!.id}.atom?token=…`);
  await expect(hint.getByRole('link', { name: 'Feed-Schlüssel in den Einstellungen' })).toHaveAttribute(
    'href',
    '/einstellungen#feeds',
  );
  await expectNoA11yViolations(page, 'tag page with feed hint');

  const { createFeedToken } = await gql<{ createFeedToken: string }>(
    request,
    'mutation { createFeedToken }',
    {},
    token,
  );
  const res = await request.get(`/feeds/tag/${tag!.id}.atom?token=${encodeURIComponent(createFeedToken)}`, {
    headers: { accept: '*/*' },
  });
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await res.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml).toContain('Schlagwort „');
  expect(xml).toMatch(/<entry>[\s\S]*<id>tag:[^<]+,2026:post\//);
  await gql(request, 'mutation { revokeFeedToken }', {}, token);
});
