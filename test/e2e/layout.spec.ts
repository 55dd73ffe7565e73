import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHost, type RunningHost } from '../support/browser-host';
import { kioskViewports, measureLayout, type LayoutReport } from './support/screen-tour';
import { hostConfigFor, keyEnv, startTestCentral, type TestCentral } from '../support/test-central';
import { enterDocument, onScreen, onSignedOut, signIn, tapDigits } from './support/kiosk-page';

/*
 * Every screen of every flow at the three screen sizes: the document never
 * scrolls and every control a finger needs is inside the viewport (lists
 * scroll inside their own region). With COOPKIOSK_SCREENS_DIR set (npm run
 * screens) each stop is also saved as a screenshot for docs/screens/.
 */
const screensDir = process.env['COOPKIOSK_SCREENS_DIR'] ? resolve(process.env['COOPKIOSK_SCREENS_DIR']) : null;

for (const viewport of kioskViewports) {
  test.describe(viewport.name, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    let central: TestCentral;
    let host: RunningHost;
    const reports: LayoutReport[] = [];

    test.beforeEach(async () => {
      central = await startTestCentral();
      host = await startHost({
        config: hostConfigFor(central, { session: { idleSeconds: 90, warningSeconds: 30, maxSessionMinutes: 15 } }),
        env: { [keyEnv]: central.key },
      });
    });
    test.afterEach(async () => {
      await host?.stop();
      await central.stop();
      const failing = reports.filter((r) => r.documentScrolls || r.outside.length > 0);
      expect(failing, JSON.stringify(failing, null, 2)).toEqual([]);
    });

    async function stop(page: Page, screen: string): Promise<void> {
      await expect(page.locator('#app')).toHaveAttribute('data-state', /^(ready|out-of-service)$/);
      // Fonts and the last layout pass settle before measuring.
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      });
      reports.push(await measureLayout(page, screen));
      if (screensDir) {
        const dir = join(screensDir, viewport.name);
        mkdirSync(dir, { recursive: true });
        await page.screenshot({ path: join(dir, `${String(reports.length).padStart(2, '0')}-${screen}.png`) });
      }
    }

    const unlock = async (docNumber: string): Promise<void> => {
      const token = await central.staffToken();
      await central.call('POST', `/v1/staff/members/CC/${docNumber}/unlock`, { token });
    };

    test('every screen fits, nothing of the page scrolls', async ({ page }) => {
      test.setTimeout(240_000);
      await page.clock.install();
      await page.goto(host.url);
      await stop(page, 'welcome');

      await page.getByRole('link', { name: 'Ingresar' }).click();
      await onScreen(page, 'sign-in');
      await stop(page, 'sign-in');
      await tapDigits(page, '43777888');
      await page.getByRole('button', { name: 'Continuar' }).click();
      await onScreen(page, 'sign-in-pin');
      await stop(page, 'sign-in-pin');
      for (let i = 0; i < 3; i += 1) {
        await tapDigits(page, '1111');
        const ingresar = page.getByRole('button', { name: 'Ingresar' });
        await expect(ingresar).toBeEnabled({ timeout: 40_000 });
        await ingresar.click();
        await expect(page.getByRole('alert')).not.toBeEmpty();
      }
      await stop(page, 'sign-in-pin-after-failures');
      // Her right PIN, once the terminal's delay after failures has passed (a success also ends that delay).
      await tapDigits(page, '8026');
      await expect(page.getByRole('button', { name: 'Ingresar' })).toBeEnabled({ timeout: 40_000 });
      await page.getByRole('button', { name: 'Ingresar' }).click();
      await onScreen(page, 'home');
      await stop(page, 'home-no-loans');
      await page.getByRole('button', { name: 'Salir' }).click();
      await onSignedOut(page);
      await unlock('43777888');
      await page.goto(host.url);

      // Laura: savings, a CDAT and a loan.
      await signIn(page, '1010101010', '4719');
      await onScreen(page, 'home');
      await expect(page.locator('section.products')).toHaveAttribute('data-state', 'ready');
      await stop(page, 'home');
      await page.getByRole('link', { name: /^Estado de cuenta/ }).click();
      await onScreen(page, 'statement');
      await expect(page.locator('.statement')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
      await stop(page, 'statement-contributions');
      for (const tab of ['Ahorros', 'CDAT', 'Créditos']) {
        await page.getByRole('tab', { name: tab }).click();
        await stop(page, `statement-${tab.toLowerCase()}`);
      }
      await page.getByRole('button', { name: 'Imprimir', exact: true }).click();
      await onScreen(page, 'statement-print');
      await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'choose', { timeout: 30_000 });
      await stop(page, 'print-choose');
      await page.locator('[data-target="receipt"]').click();
      await expect(page.getByTestId('preview')).toBeVisible({ timeout: 30_000 });
      await stop(page, 'print-preview-receipt');
      await page.getByRole('button', { name: 'Imprimir', exact: true }).click();
      await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'printed', { timeout: 60_000 });
      await stop(page, 'print-printed-receipt');
      await page.goBack();
      await onScreen(page, 'statement');
      await page.getByRole('button', { name: 'Imprimir', exact: true }).click();
      await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'choose', { timeout: 30_000 });
      await page.locator('[data-target="laser"]').click();
      await expect(page.getByTestId('preview')).toBeVisible({ timeout: 30_000 });
      // Page 1 of the PDF, drawn by pdf.js, is what has to fit.
      await expect(page.locator('.laser-preview')).toHaveAttribute('data-state', 'rendered', { timeout: 30_000 });
      await stop(page, 'print-preview-laser');
      // The simulators: choices and keypad, then figures and the schedule in its own region.
      await page.goto(`${host.url}#/simulador-credito`);
      await onScreen(page, 'loan-simulator');
      await page.getByRole('radio', { name: /^Libre inversión/ }).click();
      await tapDigits(page, '12000000');
      await stop(page, 'loan-simulator');
      await page.getByRole('button', { name: 'Simular' }).click();
      await expect(page.locator('.simulator')).toHaveAttribute('data-step', 'result');
      await stop(page, 'loan-simulator-result');
      await page.goto(`${host.url}#/simulador-cdat`);
      await onScreen(page, 'cdat-simulator');
      await tapDigits(page, '5000000');
      await page.getByRole('radio', { name: 'Mensual' }).click();
      await stop(page, 'cdat-simulator');
      await page.getByRole('button', { name: 'Simular' }).click();
      await expect(page.locator('.simulator')).toHaveAttribute('data-step', 'result');
      await stop(page, 'cdat-simulator-result');
      await page.goto(`${host.url}#/cambiar-clave`);
      await onScreen(page, 'change-pin');
      await stop(page, 'change-pin');
      await page.clock.fastForward('01:05');
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await stop(page, 'inactivity-warning');
      await page.getByRole('alertdialog').getByRole('button').first().click();
      await page.getByRole('button', { name: 'Salir' }).click();
      await onSignedOut(page);
      await stop(page, 'signed-out');

      // Carlos: a loan in arrears.
      await page.goto(host.url);
      await signIn(page, '79111222', '6352');
      await onScreen(page, 'home');
      await expect(page.locator('section.products')).toHaveAttribute('data-state', 'ready');
      await stop(page, 'home-arrears');
      await page.getByRole('link', { name: /^Estado de cuenta/ }).click();
      await expect(page.locator('.statement')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
      await page.getByRole('tab', { name: 'Créditos' }).click();
      await stop(page, 'statement-loans-arrears');
      await page.getByRole('button', { name: 'Salir' }).click();
      await onSignedOut(page);

      // Diana: first access with her birth date: "Cree su clave".
      await page.goto(host.url);
      await signIn(page, '52333444', '19850314');
      await onScreen(page, 'create-pin');
      await stop(page, 'create-pin');
      await tapDigits(page, '5821');
      await page.getByRole('button', { name: 'Continuar' }).click();
      await expect(page.getByRole('heading', { level: 2 })).toContainText(/otra vez/);
      await stop(page, 'create-pin-confirm');
      await page.getByRole('button', { name: 'Salir' }).click();
      await onSignedOut(page);

      // Jorge: locked.
      await page.goto(host.url);
      await signIn(page, '80555666', '2749');
      await onScreen(page, 'account-locked');
      await stop(page, 'account-locked');

      await page.goto(host.url);
      await enterDocument(page, '79111222');
      await page.getByRole('link', { name: 'Olvidé mi clave' }).click();
      await onScreen(page, 'forgot-pin');
      await stop(page, 'forgot-pin');
      await page.getByRole('button', { name: 'Enviar' }).click();
      await expect(page.locator('.forgot-pin--sent')).toBeVisible();
      await stop(page, 'forgot-pin-sent');
    });

    test('the out-of-service screen fits too', async ({ page }) => {
      const broken = await startHost({
        config: { terminalId: 'X', role: 'nobody', printers: { receipt: { interface: 'tcp://a:0' } } },
      });
      try {
        await page.goto(broken.url);
        await onScreen(page, 'out-of-service');
        await stop(page, 'out-of-service');
      } finally {
        await broken.stop();
      }
    });
  });
}
