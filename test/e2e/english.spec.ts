import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from '../support/browser-host';
import { hostConfigFor, keyEnv, startTestCentral, type TestCentral } from '../support/test-central';
import { onScreen, onSignedOut, tapDigits } from './support/kiosk-page';

// A member who reads English: every label in English from welcome to the advice after signing out; the
// centre's data (product names, movement descriptions) as the centre sends it; the next member starts in Spanish.
let central: TestCentral;
let host: RunningHost;

test.beforeEach(async () => {
  central = await startTestCentral();
  host = await startHost({ config: hostConfigFor(central), env: { [keyEnv]: central.key } });
});
test.afterEach(async () => {
  await host?.stop();
  await central.stop();
});

test('an English session stays English through sign-out, and the next member starts in Spanish', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  await onScreen(page, 'welcome');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Sign in' }).click();
  await onScreen(page, 'sign-in');
  await tapDigits(page, '1010101010');
  await page.getByRole('button', { name: 'Continue' }).click();
  await onScreen(page, 'sign-in-pin');
  await tapDigits(page, '4719');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await onScreen(page, 'home');
  await expect(page.getByRole('link', { name: /Account statement/ })).toBeVisible();
  // Labels are English; the product names stay as the centre sends them.
  await expect(page.getByRole('heading', { name: 'Ahorro a la vista' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Libre inversión' })).toBeVisible();
  await expect(page.getByText(/Estado de cuenta|Cambiar clave|Salir\b/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await onSignedOut(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Security advice' })).toBeVisible();
  await expect(page.getByText('Recomendaciones de seguridad')).toHaveCount(0);

  await page.getByRole('button', { name: 'Finish' }).click();
  await onScreen(page, 'welcome');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-CO');
  await expect(page.getByRole('link', { name: 'Ingresar' })).toBeVisible();
});

test('the page names its own icon, and it loads (no 404 for /favicon.ico in the log of every start)', async ({
  page,
}) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) {
      missing.push(`${response.status()} ${new URL(response.url()).pathname}`);
    }
  });
  await page.goto(host.url);
  await onScreen(page, 'welcome');
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toBeTruthy();
  const icon = await page.request.get(new URL(href ?? '', page.url()).toString());
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  expect(missing).toEqual([]);
});
