import type { Browser, Page } from '@playwright/test';
import { median, report, startBenchHost } from './lib';

interface ProbeWindow {
  __paints: number[];
}

async function tapDigits(page: Page, digits: string): Promise<void> {
  for (const digit of digits) {
    await page.getByRole('button', { name: digit, exact: true }).click();
  }
}

/**
 * Arms a one-shot probe on the element `selector`: from its pointerdown to
 * the first frame painted once `ready` holds (a rAF, then a message posted
 * from it, which runs after paint).
 */
async function armPaintProbe(page: Page, selector: string, ready: string): Promise<void> {
  await page.evaluate(
    ({ selector, ready }) => {
      const w = window as unknown as ProbeWindow;
      w.__paints ??= [];
      document.querySelector<HTMLElement>(selector)?.addEventListener(
        'pointerdown',
        (event) => {
          const t0 = event.timeStamp;
          const observer = new MutationObserver(() => {
            if (document.querySelector(ready)) {
              observer.disconnect();
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => w.__paints.push(performance.now() - t0);
                channel.port2.postMessage(null);
              });
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        },
        { once: true, capture: true },
      );
    },
    { selector, ready },
  );
}

async function lastPaint(page: Page, count: number): Promise<number> {
  await page.waitForFunction((n) => (window as unknown as ProbeWindow).__paints.length >= n, count);
  return page.evaluate(() => (window as unknown as ProbeWindow).__paints.at(-1) ?? 0);
}

/**
 * [8] "Simular" to the result and its schedule painted: Vivienda, $ 150.000.000 over 180 months, biweekly at
 * 26 a year (390 installments, computed in the page), at 1920×1080, median of 15. Baseline in the same run: "Cambiar datos", the same
 * screen swapping back to its inputs without any computation.
 */
export async function simulatorBench(browser: Browser): Promise<void> {
  const host = await startBenchHost('simulator');
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const simulate: number[] = [];
  const back: number[] = [];
  try {
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Ingresar' }).click();
    await page.locator('main[data-screen="sign-in"]').waitFor();
    await tapDigits(page, '1010101010');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await tapDigits(page, '4719');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.locator('main[data-screen="home"]').waitFor();
    await page.getByRole('link', { name: /^Simulador de crédito/ }).click();
    await page.locator('main[data-screen="loan-simulator"]').waitFor();
    await page.getByRole('radio', { name: /^Vivienda/ }).click();
    await page.getByRole('radio', { name: 'Quincenal' }).click();
    await tapDigits(page, '150000000');
    for (let i = 0; i < 20; i += 1) {
      await page.getByRole('button', { name: /^Más/ }).click();
    }
    let paints = 0;
    for (let run = 0; run < 16; run += 1) {
      await armPaintProbe(page, '.simulator__entry .button--primary', '.simulator[data-step="result"] [role="table"]');
      await page.locator('.simulator__entry .button--primary').click();
      const ms = await lastPaint(page, (paints += 1));
      await armPaintProbe(page, '.follow-up .button--quiet', '.simulator[data-step="input"] [data-amount]');
      await page.locator('.follow-up .button--quiet').click();
      const backMs = await lastPaint(page, (paints += 1));
      if (run > 0) {
        simulate.push(ms);
        back.push(backMs);
      }
    }
    const periods = await page.evaluate(() => document.querySelector('.stepper__value')?.textContent ?? '');
    report('simulator-simulate-to-painted', median(simulate), 'ms', `median of 15, 1920×1080, ${periods.trim()}`);
    report('simulator-baseline-change-figures', median(back), 'ms', 'same screen back to its inputs, no computation');
  } finally {
    await context.close();
    await host.stop();
  }
}
