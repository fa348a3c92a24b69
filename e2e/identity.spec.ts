import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { apiLogin, DEMO, gql } from './support/graphql';
import { uniqueSuffix } from './support/login';
import { linkFromMail } from './support/mailbox';

// Issue 18: sign-in through a Land's OpenID Connect provider (a real oidc-provider with its own login page,
// started by start-server.mjs), "Passwort vergessen?" and the e-mail change, with the links from the mails.

test("signs in through the provider's own login page and lands on the boards; logout ends both sessions", async ({
  page,
}) => {
  // Two sites and two full page loads each way: more time than a journey inside the forum.
  test.slow();
  await page.goto('/');
  const button = page.getByRole('link', { name: 'Mit dem Testkonto des Landes Hessen anmelden' });
  await expect(button).toBeVisible();
  await expectNoA11yViolations(page, 'sign-in with a provider button');
  await button.click();
  // The provider's page, not the forum's.
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill('lina.landesamt');
  await page.locator('input[name="password"]').fill('beim-Anbieter-beliebig');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await expect(page).toHaveURL(/\/bereiche$/);
  // A busy machine may take a while for the first page after the redirect.
  await expect(page.getByRole('heading', { level: 1, name: 'Bereiche' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('navigation', { name: 'Benutzerkonto' })).toContainText('Lina Landesamt');

  const menu = page.getByRole('navigation', { name: 'Benutzerkonto' });
  await menu.getByRole('button', { name: /^Angemeldet als / }).click();
  await menu.getByRole('button', { name: 'Abmelden' }).click();
  // RP-initiated logout: the provider asks to confirm, then sends the browser back to the forum.
  await expect(page).toHaveURL(/\/session\/end/);
  await page.getByRole('button', { name: /Yes, sign me out/ }).click();
  await expect(page.getByRole('form', { name: 'Anmelden' })).toBeVisible({ timeout: 30_000 });
});

test('"Passwort vergessen?": the link from the mail sets a new password once, then says it was used', async ({
  page,
  request,
}) => {
  const suffix = uniqueSuffix();
  const email = `vergesslich-${suffix}@wiesbaden.example`;
  const orgs = await gql<{ organisations: { id: string }[] }>(
    request,
    '{ organisations(kind: KOMMUNE) { id } }',
  );
  await gql(request, 'mutation($i: RegisterInput!) { register(input: $i) { id } }', {
    i: {
      email,
      password: 'Altes-Passwort-2026',
      displayName: `Vera ${suffix}`,
      organisationId: orgs.organisations[0]!.id,
    },
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Passwort vergessen?' })).toBeVisible();
  await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(email);
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Wenn zu dieser Adresse ein Konto besteht' }),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'password reset requested');

  const link = await linkFromMail(
    email,
    /http:\/\/127\.0\.0\.1:\d+\/passwort-zuruecksetzen\?token=[A-Za-z0-9_.%-]+/,
  );
  await page.goto(link);
  await page.getByLabel('Neues Passwort', { exact: true }).fill('Neues-Passwort-2026!');
  await page.getByLabel('Neues Passwort wiederholen').fill('Neues-Passwort-2026!');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ihr Passwort wurde geändert' })).toBeVisible();

  await page.goto(link);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Dieser Link wurde bereits verwendet.' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Neuen Link anfordern' })).toBeVisible();
  await expectNoA11yViolations(page, 'used reset link');
});

test('e-mail change: confirmed by the link sent to the new address, once', async ({ page, request }) => {
  const suffix = uniqueSuffix();
  const email = `umzug-${suffix}@wiesbaden.example`;
  const password = 'Umzugs-Passwort-2026';
  const orgs = await gql<{ organisations: { id: string }[] }>(
    request,
    '{ organisations(kind: KOMMUNE) { id } }',
  );
  const { register } = await gql<{ register: { id: string } }>(
    request,
    'mutation($i: RegisterInput!) { register(input: $i) { id } }',
    { i: { email, password, displayName: `Udo ${suffix}`, organisationId: orgs.organisations[0]!.id } },
  );
  const moderator = await apiLogin(request, DEMO.moderator);
  await gql(
    request,
    'mutation($u: ID!) { approveUser(userId: $u, vouchForEmail: true) { id } }',
    { u: register.id },
    moderator,
  );
  const token = await apiLogin(request, email, password);
  const newEmail = `umzug-neu-${suffix}@wiesbaden.example`;
  await gql(
    request,
    'mutation($e: String!, $p: String) { requestEmailChange(newEmail: $e, password: $p) }',
    { e: newEmail, p: password },
    token,
  );
  const link = await linkFromMail(
    newEmail,
    /http:\/\/127\.0\.0\.1:\d+\/e-mail-bestaetigen\?token=[A-Za-z0-9_.%-]+/,
  );
  await page.goto(link);
  await expectNoA11yViolations(page, 'confirm e-mail change');
  await page.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Ihre E-Mail-Adresse ist jetzt ${newEmail}` }),
  ).toBeVisible();
  expect(await apiLogin(request, newEmail, password)).toBeTruthy();
  await page.goto(link);
  await page.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Dieser Link wurde bereits verwendet.' }),
  ).toBeVisible();
});
