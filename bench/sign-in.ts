import type { Browser, Page } from '@playwright/test';
import { percentile, report, startBenchHost } from './lib';

/**
 * In the page: the time from a pointerdown to just after the next frame was
 * painted (a rAF, then a message posted from it, which runs after paint).
 */
async function installPaintProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __taps: number[]; __afterPaint: (t0: number, sink: number[]) => void };
    w.__taps = [];
    w.__afterPaint = (t0, sink) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => sink.push(performance.now() - t0);
        channel.port2.postMessage(null);
      });
    document.addEventListener('pointerdown', (event) => w.__afterPaint(event.timeStamp, w.__taps), { capture: true });
  });
}

async function bridgeCall(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const secret = document.querySelector<HTMLMetaElement>('meta[name="coopkiosk-launch"]')?.content ?? '';
    const t0 = performance.now();
    const response = await fetch('/api/system.info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-launch': secret },
      body: '{}',
    });
    await response.json();
    return performance.now() - t0;
  });
}

async function tapDigits(page: Page, digits: string): Promise<void> {
  for (const digit of digits) {
    await page.getByRole('button', { name: digit, exact: true }).click();
  }
}

export async function signInBench(browser: Browser): Promise<void> {
  const host = await startBenchHost('signin');
  const { url } = host;
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  const signIns: number[] = [];
  const bridge: number[] = [];
  let taps: number[] = [];
  try {
    for (let i = 0; i < 12; i += 1) {
      await page.goto(url);
      await page.locator('main[data-screen="welcome"]').waitFor();
      await installPaintProbe(page);
      for (let k = 0; k < 5; k += 1) {
        bridge.push(await bridgeCall(page));
      }
      await page.getByRole('link', { name: 'Ingresar' }).click();
      await page.locator('main[data-screen="sign-in"]').waitFor();
      await tapDigits(page, '1010101010');
      await page.getByRole('button', { name: 'Continuar' }).click();
      await page.locator('main[data-screen="sign-in-pin"]').waitFor();
      await tapDigits(page, '4719');
      taps = taps.concat(await page.evaluate(() => (window as unknown as { __taps: number[] }).__taps.splice(0)));
      // Sign-in round trip: pointerdown on "Ingresar" until home is painted.
      await page.evaluate(() => {
        const w = window as unknown as { __signIn: number[]; __afterPaint: (t0: number, sink: number[]) => void };
        w.__signIn = [];
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Ingresar');
        button?.addEventListener(
          'pointerdown',
          (event) => {
            const t0 = event.timeStamp;
            const main = document.querySelector('main');
            const observer = new MutationObserver(() => {
              if (document.querySelector('main[data-screen="home"]')) {
                observer.disconnect();
                w.__afterPaint(t0, w.__signIn);
              }
            });
            if (main) {
              observer.observe(main, { attributes: true, attributeFilter: ['data-screen'] });
            }
          },
          { once: true },
        );
      });
      await page.getByRole('button', { name: 'Ingresar' }).click();
      await page.locator('main[data-screen="home"]').waitFor();
      await page.waitForFunction(() => (window as unknown as { __signIn: number[] }).__signIn.length > 0);
      const [ms] = await page.evaluate(() => (window as unknown as { __signIn: number[] }).__signIn);
      if (i > 1 && ms !== undefined) {
        signIns.push(ms); // the first two warm up the centre and the page
      }
      await page.getByRole('button', { name: 'Salir' }).click();
      await page.locator('main[data-screen="signed-out"]').waitFor();
    }
  } finally {
    await context.close();
    await host.stop();
  }
  report('keypad tap to visual feedback p50', percentile(taps, 50), 'ms', `${taps.length} taps`);
  report('keypad tap to visual feedback p95', percentile(taps, 95), 'ms');
  report(
    'sign-in "Ingresar" to home painted p50',
    percentile(signIns, 50),
    'ms',
    `${signIns.length} sign-ins against the demo central`,
  );
  report('sign-in "Ingresar" to home painted p95', percentile(signIns, 95), 'ms');
  report('baseline: empty bridge call (system.info) p50', percentile(bridge, 50), 'ms', `${bridge.length} calls`);
  report('baseline: empty bridge call (system.info) p95', percentile(bridge, 95), 'ms');
}
