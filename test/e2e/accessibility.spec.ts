import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from '../support/browser-host';
import { hostConfigFor, keyEnv, startTestCentral, type TestCentral } from '../support/test-central';
import { expectAccessible } from './support/axe';
import { enterDocument, onScreen, signIn, onSignedOut } from './support/kiosk-page';

let central: TestCentral;
let host: RunningHost;

test.beforeEach(async () => {
  central = await startTestCentral();
});
test.afterEach(async () => {
  await host.stop();
  await central.stop();
});

test('every screen of the sign-in flow passes axe-core', async ({ page }) => {
  test.setTimeout(120_000);
  host = await startHost({
    config: hostConfigFor(central, { session: { idleSeconds: 12, warningSeconds: 6, maxSessionMinutes: 5 } }),
    env: { [keyEnv]: central.key },
  });
  await page.goto(host.url);
  await onScreen(page, 'welcome');
  await expectAccessible(page, 'welcome');

  await enterDocument(page, '43777888');
  await expectAccessible(page, 'sign-in-pin');
  await page.getByRole('link', { name: 'Olvidé mi clave' }).click();
  await onScreen(page, 'forgot-pin');
  await expectAccessible(page, 'forgot-pin');

  await page.goto(host.url);
  await page.getByRole('link', { name: 'Ingresar' }).click();
  await onScreen(page, 'sign-in');
  await expectAccessible(page, 'sign-in');

  await page.goto(host.url);
  await signIn(page, '80555666', '2749');
  await onScreen(page, 'account-locked');
  await expectAccessible(page, 'account-locked');

  await page.goto(host.url);
  await signIn(page, '52333444', '19850314');
  await onScreen(page, 'create-pin');
  await expectAccessible(page, 'create-pin');
  await page.getByRole('button', { name: 'Salir' }).click();
  await onSignedOut(page);
  await expectAccessible(page, 'signed-out');

  await page.goto(host.url);
  await signIn(page, '43777888', '8026');
  await onScreen(page, 'home');
  await expectAccessible(page, 'home');
  await page.getByRole('link', { name: 'Cambiar clave' }).click();
  await onScreen(page, 'change-pin');
  await expectAccessible(page, 'change-pin');

  // The inactivity warning, and its announcement to screen readers.
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(
    page
      .locator('[aria-live]')
      .filter({ hasText: /segundos/ })
      .first(),
  ).toBeAttached();
  await expectAccessible(page, 'idle warning');
});

test('a teller workstation signs in with the keyboard alone', async ({ page }) => {
  host = await startHost({ config: hostConfigFor(central, { role: 'teller' }), env: { [keyEnv]: central.key } });
  await page.goto(host.url);
  await onScreen(page, 'welcome');
  // Tab to "Ingresar" and press Enter: no pointer at all.
  for (
    let i = 0;
    i < 15 && !(await page.getByRole('link', { name: 'Ingresar' }).evaluate((el) => el === document.activeElement));
    i += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await onScreen(page, 'sign-in');
  await page.keyboard.type('1010101010');
  await page.keyboard.press('Enter');
  await onScreen(page, 'sign-in-pin');
  await page.keyboard.type('4719');
  await page.keyboard.press('Enter');
  await onScreen(page, 'home');
});
