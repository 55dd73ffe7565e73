import { expect, test, type Page } from '@playwright/test';
import { loanSchedule } from '../../shared/finance';
import { formatCop } from '../../shared/domain/money';
import { decodeEscPos } from '../../shared/printing/escpos-decoder';
import { startHost, type RunningHost } from '../support/browser-host';
import { startPrinterEmulator, type PrinterEmulator } from '../support/escpos/emulator';
import { hostConfigFor, keyEnv, startTestCentral, type TestCentral } from '../support/test-central';
import { onScreen, signIn, tapDigits } from './support/kiosk-page';

/*
 * Both simulators as a member uses them, against the demo central's catalog,
 * the receipt-printer emulator and the outbox: figures on screen, an amount
 * out of range, the centre down (the cached rates, said so), a printed
 * simulation and a lead the centre records exactly once.
 */
let central: TestCentral;
let host: RunningHost;
let emulator: PrinterEmulator;
let centralClosed = false;

test.beforeEach(async () => {
  central = await startTestCentral();
  emulator = await startPrinterEmulator({});
  host = await startHost({
    config: hostConfigFor(central, { printers: { receipt: { interface: emulator.url }, laser: { queue: 'virtual' } } }),
    env: { [keyEnv]: central.key },
  });
  centralClosed = false;
});
test.afterEach(async () => {
  await host?.stop();
  await emulator?.close();
  if (!centralClosed) {
    await central.stop();
  }
});

const plain = (s: string): string => s.replace(/\u00a0/g, ' ').replace(/ {2,}/g, ' ');

async function openSimulator(page: Page, name: RegExp, screen: string): Promise<void> {
  await page.getByRole('link', { name }).click();
  await onScreen(page, screen);
}

test('credit simulator: a line, the amount on the keypad, the term; installment and schedule as shared/finance computes them; an out-of-range amount said plainly', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  await signIn(page, '1010101010', '4719');
  await onScreen(page, 'home');
  await openSimulator(page, /^Simulador de crédito/, 'loan-simulator');
  await expect(page.getByText(/Tarifas vigentes al \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await page.getByRole('radio', { name: /^Libre inversión/ }).click();

  // Below the line's minimum: a plain sentence naming the range, no result.
  await tapDigits(page, '500000');
  await expect(page.locator('[data-amount]')).toHaveText(/\$\s500\.000/);
  await page.getByRole('button', { name: 'Simular' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /El valor mínimo es \$\s1\.000\.000\. Digite un valor entre \$\s1\.000\.000 y \$\s60\.000\.000\./,
  );
  await expect(page.locator('.simulator')).toHaveAttribute('data-step', 'input');

  await page.getByRole('button', { name: 'Borrar', exact: true }).click();
  await tapDigits(page, '12000000');
  await expect(page.locator('[data-amount]')).toHaveText(/\$\s12\.000\.000/);
  for (let i = 0; i < 4; i += 1) {
    await page.getByRole('button', { name: /^Más 6/ }).click();
  }
  await expect(page.locator('.stepper__value')).toHaveText('36 meses');
  const started = Date.now();
  await page.getByRole('button', { name: 'Simular' }).click();
  await expect(page.locator('.simulator')).toHaveAttribute('data-step', 'result');
  await expect(page.getByRole('table', { name: 'Plan de pagos' })).toBeVisible();
  test.info().annotations.push({ type: 'simulate-to-painted-ms', description: String(Date.now() - started) });

  const expected = loanSchedule({
    amount: 12_000_000,
    rateEaBps: 1_980,
    termMonths: 36,
    periodicity: 'monthly',
    biweeklyPeriodsPerYear: 24,
    insuranceMonthlyBps: 5,
    feePerInstallment: 0,
  });
  await expect(page.locator('[data-figure="installment"] dd')).toHaveText(formatCop(expected.rows[0]?.payment ?? 0));
  await expect(page.locator('[data-figure="total"] dd')).toHaveText(formatCop(expected.totalPaid));
  await expect(page.locator('[data-figure="rate"] dd')).toHaveText(/19,80\s% E\.A\./);
  await expect(page.getByRole('table', { name: 'Plan de pagos' })).toHaveAttribute(
    'aria-rowcount',
    String(expected.rows.length + 1),
  );
  await expect(
    page.getByText('Esta simulación es informativa y no constituye una oferta.', { exact: false }),
  ).toBeVisible();

  // The summary on the receipt, with main's figures.
  await page.locator('[data-target="receipt"]').click();
  await expect(page.getByRole('status').filter({ hasText: 'tome su impresión' })).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(() => decodeEscPos(emulator.bytes()).lines.map(plain).join('\n'), { timeout: 15_000 })
    .toContain('Esta simulación es informativa y no constituye');
  const receipt = decodeEscPos(emulator.bytes()).lines.map(plain).join('\n');
  expect(receipt).toMatch(/SIMULACI.N DE CR.DITO/);
  expect(receipt).toContain(plain(formatCop(expected.rows[0]?.payment ?? 0)));
  expect(receipt).toContain('Laura Gómez Restrepo');
});

test('CDAT simulator, and a lead the centre records exactly once', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  await signIn(page, '1010101010', '4719');
  await onScreen(page, 'home');
  await openSimulator(page, /^Simulador CDAT/, 'cdat-simulator');
  await tapDigits(page, '5000000');
  await page.getByRole('radio', { name: '180 días' }).click();
  await page.getByRole('radio', { name: 'Mensual' }).click();
  await page.getByRole('button', { name: 'Simular' }).click();
  await expect(page.locator('.simulator')).toHaveAttribute('data-step', 'result');
  await expect(page.locator('[data-figure="rate"] dd')).toHaveText(/9,50\s% E\.A\./);
  await expect(page.locator('[data-figure="maturity"] dd')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
  await expect(page.getByRole('table', { name: 'Intereses por periodo' })).toHaveAttribute('aria-rowcount', '7');

  await page.getByRole('button', { name: 'Quiero que un asesor me contacte' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'un asesor de la cooperativa' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quiero que un asesor me contacte' })).toBeDisabled();
  const staff = await central.staffToken();
  await expect
    .poll(async () => ((await central.call('GET', '/v1/staff/leads', { token: staff })).body as unknown[]).length, {
      timeout: 30_000,
    })
    .toBe(1);
  const [lead] = (await central.call('GET', '/v1/staff/leads', { token: staff })).body as {
    payload: { product: string; memberId: string; simulation: Record<string, unknown> };
  }[];
  expect(lead?.payload).toMatchObject({ product: 'cdat', memberId: 'M-0001' });
  expect(lead?.payload.simulation).toMatchObject({ amount: 5_000_000, days: 180, liquidation: 'monthly' });
});

test('with the centre down the simulators use the rates kept at the terminal, and say from which day', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  await signIn(page, '1010101010', '4719');
  await onScreen(page, 'home');
  // The catalog was fetched and kept when the kiosk started; now the centre goes away.
  await central.stop();
  centralClosed = true;
  await openSimulator(page, /^Simulador CDAT/, 'cdat-simulator');
  await expect(page.getByText(/Sin conexión con la cooperativa: tarifas vigentes al \d{2}\/\d{2}\/\d{4}/)).toBeVisible({
    timeout: 20_000,
  });
  await tapDigits(page, '5000000');
  await page.getByRole('radio', { name: '360 días' }).click();
  await page.getByRole('button', { name: 'Simular' }).click();
  await expect(page.locator('[data-figure="rate"] dd')).toHaveText(/10,00\s% E\.A\./);
});
