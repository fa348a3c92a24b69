import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './graphql';

/** Signs in through the login form on the landing page and waits for the board overview. */
export async function loginViaUi(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await fillLoginForm(page, email, password);
  await expect(page).toHaveURL(/\/bereiche$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bereiche' })).toBeVisible();
}

export async function fillLoginForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const form = page.getByRole('form', { name: 'Anmelden' });
  await form.getByLabel('E-Mail-Adresse').fill(email);
  await form.getByLabel('Passwort').fill(password);
  await form.getByRole('button', { name: 'Anmelden' }).click();
}

/** A short random suffix so that every run creates content of its own. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Follows a link of the account menu (a disclosure in the header). */
export async function openAccountLink(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('navigation', { name: 'Benutzerkonto' });
  await menu.getByRole('button', { name: /^Angemeldet als / }).click();
  const link = menu.getByRole('link', { name });
  await link.click();
  // The menu closes once the new page is shown (a lazy page may still be loading after the click): until
  // then a next step could find the open menu's link ("Einstellungen") instead of the page's.
  await expect(link).toBeHidden();
}
