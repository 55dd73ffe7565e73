import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { createLogger } from '../electron/services/logger';
import { createLogger as createOldLogger } from './baseline/old-logger';
import { report, startBenchHost } from './lib';

/*
 * Logging figures (issue [13]): what one member's visit writes to the log
 * (sign-in → statement → receipt printed → sign-out), and the time to log
 * 10,000 entries with pino next to the logger it replaced, in the same run.
 */
const entries = 10_000;

function logSize(dataDir: string): { lines: number; bytes: number } {
  const dir = join(dataDir, 'logs');
  let lines = 0;
  let bytes = 0;
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    bytes += Buffer.byteLength(text);
    lines += text.split('\n').filter(Boolean).length;
  }
  return { lines, bytes };
}

async function tap(page: Page, digits: string): Promise<void> {
  for (const digit of digits) {
    await page.getByRole('button', { name: digit, exact: true }).click();
  }
}

/** One visit as a member makes it, on the demo terminal with its virtual receipt printer. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main[data-screen="welcome"]').waitFor();
  await page.getByRole('link', { name: 'Ingresar' }).click();
  await tap(page, '1010101010');
  await page.getByRole('button', { name: 'Continuar' }).click();
  await page.locator('main[data-screen="sign-in-pin"]').waitFor();
  await tap(page, '4719');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.locator('main[data-screen="home"]').waitFor();
  await page.getByRole('link', { name: /^Estado de cuenta/ }).click();
  await page.locator('.statement[data-state="ready"]').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Imprimir', exact: true }).click();
  await page.locator('[data-step="choose"]').waitFor();
  await page.locator('[data-target="receipt"]').click();
  await page.getByTestId('preview').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Imprimir', exact: true }).click();
  await page.locator('[data-step="printed"]').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Salir' }).click();
  await page.locator('main[data-screen="signed-out"]').waitFor();
  await page.locator('html:not([data-wiping]) #app[data-state="ready"]').waitFor();
}

async function timeEntries(
  log: { info(event: string, fields?: Record<string, unknown>): void },
  flush: () => Promise<void>,
): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < entries; i += 1) {
    log.info('sync.pushed', { events: 100, rejected: 0, terminal: 'DEMO-KIOSK-01', batch: i, durationMs: 12 });
  }
  await flush();
  return performance.now() - started;
}

export async function loggingBench(browser: Browser): Promise<void> {
  const host = await startBenchHost('logging');
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    await visit(page, host.url); // warm-up: the first visit also logs the catalog and outbox start
    const cycles = 3;
    const before = logSize(host.dataDir);
    for (let i = 0; i < cycles; i += 1) {
      await visit(page, host.url);
    }
    // The host writes asynchronously: a moment for the last lines to reach the file.
    await page.waitForTimeout(500);
    const after = logSize(host.dataDir);
    report(
      'log lines per visit (sign-in → statement → receipt → sign-out)',
      (after.lines - before.lines) / cycles,
      'lines',
      `mean of ${cycles} visits`,
    );
    report('log bytes per visit', (after.bytes - before.bytes) / cycles, 'bytes');
  } finally {
    await context.close();
    await host.stop();
  }

  const oldDir = mkdtempSync(join(tmpdir(), 'coopkiosk-bench-oldlog-'));
  const newDir = mkdtempSync(join(tmpdir(), 'coopkiosk-bench-pino-'));
  try {
    const old = createOldLogger({ dir: oldDir });
    const oldMs = await timeEntries(old, () => Promise.resolve());
    const pino = createLogger({ dir: newDir });
    const pinoMs = await timeEntries(pino, () => pino.flush());
    report(
      `time to log ${entries} entries, pino (in-process, rotating files)`,
      pinoMs,
      'ms',
      `${(pinoMs / oldMs).toFixed(2)}× the old logger`,
    );
    report(`baseline: time to log ${entries} entries, the old logger (appendFileSync per line)`, oldMs, 'ms');
  } finally {
    rmSync(oldDir, { recursive: true, force: true });
    rmSync(newDir, { recursive: true, force: true });
  }
}
