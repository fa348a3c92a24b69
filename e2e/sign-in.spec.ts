import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';

// Small things a new user notices first: the sign-in form keeps its shape after an error, and the
// registration form names a private address before it is sent.

test('the sign-in fields keep their width after a failed attempt', async ({ page }) => {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Anmelden' });
  const email = form.getByLabel('E-Mail-Adresse');
  const before = (await email.boundingBox())?.width ?? 0;
  expect(before).toBeGreaterThan(200);
  await email.fill('niemand@example.org');
  await form.getByLabel('Passwort').fill('ganz-falsches-Passwort');
  await form.getByRole('button', { name: 'Anmelden' }).click();
  await expect(form.getByRole('alert')).toContainText('E-Mail oder Passwort ist falsch');
  expect((await email.boundingBox())?.width).toBe(before);
  await expectNoA11yViolations(page, 'sign-in error');
});

test('registration: a private address gets a hint, nothing is marked before it is touched', async ({
  page,
}) => {
  await page.goto('/registrieren');
  const email = page.getByLabel('Dienstliche E-Mail-Adresse');
  await email.fill('max.muster@privat-mail.example');
  await page.getByLabel('Anzeigename').focus();
  await expect(
    page.getByRole('status').filter({ hasText: 'nicht automatisch freigeschaltet' }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Art der Organisation' }).selectOption('KOMMUNE');
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  await expectNoA11yViolations(page, 'registration with the private-address hint');
});
