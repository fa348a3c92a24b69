import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { DEMO } from './support/graphql';
import { loginViaUi } from './support/login';

// The header on a phone: a menu button (disclosure) holds the navigation; search and the bell stay in the
// bar; the whole header takes at most a fifth of a 390×844 screen.

test.use({ viewport: { width: 390, height: 844 } });

test('phone header: compact, the menu opens and closes by keyboard', async ({ page }) => {
  await loginViaUi(page, DEMO.land);
  const header = page.locator('header.app-header');
  const box = await header.boundingBox();
  expect(box?.height ?? 999, 'header height at 390×844').toBeLessThanOrEqual(844 / 5);

  const menuButton = header.getByRole('button', { name: 'Menü' });
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  const mainNav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(mainNav).toBeHidden();
  // Reachable without opening the menu.
  await expect(header.getByRole('link', { name: 'Forum durchsuchen' })).toBeVisible();
  await expect(header.getByRole('button', { name: /Benachrichtigungen/ })).toBeVisible();

  await menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  await expect(mainNav).toBeVisible();
  await expect(header.getByRole('link', { name: 'Leichte Sprache' })).toBeVisible();
  await expectNoA11yViolations(page, 'phone menu open');
  // Tab leads from the button into the menu.
  await page.keyboard.press('Tab');
  await expect(mainNav.getByRole('link', { name: 'Bereiche' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(menuButton).toBeFocused();
  await expect(mainNav).toBeHidden();

  // Space opens it too; following a link closes it.
  await page.keyboard.press('Space');
  await expect(mainNav).toBeVisible();
  await mainNav.getByRole('link', { name: 'Umsetzungsstand' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Umsetzungsstand Kommunalpakt' })).toBeVisible();
  await expect(mainNav).toBeHidden();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
});

test('the colour scheme follows the system and can be fixed in the settings', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await loginViaUi(page, DEMO.kommune);
  // The body's colour as rgb, whatever colour syntax KERN's tokens use (they are oklch).
  const background = () =>
    page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 1;
      canvas.height = 1;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      return `rgb(${r},${g},${b})`;
    });
  expect(await background(), 'dark system theme').toBe('rgb(0,0,0)');

  await page.goto('/einstellungen');
  await page.getByRole('radio', { name: 'Hell' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-kern-theme', 'light');
  expect(await background()).toBe('rgb(255,255,255)');
  await expectNoA11yViolations(page, 'settings, light theme chosen on a dark system');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-kern-theme', 'light');
  await expect(page.getByRole('radio', { name: 'Hell' })).toBeChecked();

  await page.getByRole('radio', { name: 'Dunkel' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-kern-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(), 'dark theme chosen on a light system').toBe('rgb(0,0,0)');
  await expectNoA11yViolations(page, 'settings, dark theme chosen on a light system');

  await page.getByRole('radio', { name: 'Wie im Betriebssystem eingestellt' }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-kern-theme', /.*/);
  expect(await background()).toBe('rgb(255,255,255)');
  await context.close();
});
