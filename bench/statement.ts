import type { Browser, Page } from '@playwright/test';
import { median, percentile, report, startBenchHost } from './lib';

/**
 * What the probes keep on window. Functions in page code are assigned to its
 * properties, never to named constants: tsx compiles with keepNames, which
 * would wrap those in a `__name` helper the page does not have.
 */
interface ProbeWindow {
  __renders: number[];
  __frames: number[];
  __recording: boolean;
  __statementPainted: () => boolean;
  __tick: (now: number) => void;
}

async function tapDigits(page: Page, digits: string): Promise<void> {
  for (const digit of digits) {
    await page.getByRole('button', { name: digit, exact: true }).click();
  }
}

/**
 * Arms a one-shot probe: from the pointerdown on the period button to the
 * first frame painted with the statement ready and a movements list of more
 * than `minRows` rows (a rAF, then a message posted from it, which runs after paint).
 */
async function armRenderProbe(page: Page, period: string, minRows: number): Promise<void> {
  await page.evaluate(
    ({ period, minRows }) => {
      const w = window as unknown as ProbeWindow;
      w.__renders ??= [];
      const button = document.querySelector<HTMLElement>(`[data-period="${period}"]`);
      button?.addEventListener(
        'pointerdown',
        (event) => {
          const t0 = event.timeStamp;
          w.__statementPainted = () =>
            document.querySelector('.statement')?.getAttribute('data-state') === 'ready' &&
            [...document.querySelectorAll('[data-rows]')].some((el) => Number(el.getAttribute('data-rows')) > minRows);
          const observer = new MutationObserver(() => {
            if (w.__statementPainted()) {
              observer.disconnect();
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => w.__renders.push(performance.now() - t0);
                channel.port2.postMessage(null);
              });
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        },
        { once: true, capture: true },
      );
    },
    { period, minRows },
  );
}

async function choosePeriod(page: Page, period: string): Promise<void> {
  await page.locator(`[data-period="${period}"]`).click();
  await page.locator(`[data-period="${period}"][aria-pressed="true"]`).waitFor();
  await page.locator('.statement[data-state="ready"]').waitFor({ timeout: 60_000 });
}

/** Scrolls the movements list with the mouse wheel in steps while recording rAF intervals in the page. */
async function scrollFrames(page: Page): Promise<number[]> {
  const table = page.locator('[data-rows]').first();
  const box = await table.boundingBox();
  if (!box) {
    throw new Error('no movements list on screen');
  }
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    w.__tick = (now) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__recording) {
        requestAnimationFrame(w.__tick);
      }
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(w.__tick);
    });
  });
  for (let i = 0; i < 120; i += 1) {
    await page.mouse.wheel(0, i < 60 ? 480 : -480);
  }
  return page.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    w.__recording = false;
    return w.__frames.splice(0);
  });
}

/**
 * Statement screen with the 5,000-movement member (Andrés): time from tapping
 * a period to its movements painted, and frame intervals while scrolling the
 * virtual list. The years before the current one are whole calendar years.
 */
export async function statementBench(browser: Browser): Promise<void> {
  const host = await startBenchHost('statement');
  const { url } = host;
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  const renders: Record<string, number[]> = { 'last-12': [], year: [] };
  let rows: Record<string, number> = {};
  let frames: number[] = [];
  const lastYear = `year-${new Date().getFullYear() - 1}`;
  try {
    await page.goto(url);
    await page.getByRole('link', { name: 'Ingresar' }).click();
    await page.locator('main[data-screen="sign-in"]').waitFor();
    await tapDigits(page, '1020304050');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.locator('main[data-screen="sign-in-pin"]').waitFor();
    await tapDigits(page, '3958');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.locator('main[data-screen="home"]').waitFor();
    await page.getByRole('link', { name: /^Estado de cuenta/ }).click();
    await page.locator('.statement[data-state="ready"]').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Ahorros' }).click();

    for (let i = 0; i < 6; i += 1) {
      for (const [key, period] of [
        ['last-12', 'last-12'],
        ['year', lastYear],
      ] as const) {
        // A short period in between, so the long one is fetched and rendered afresh.
        await choosePeriod(page, 'this-month');
        await armRenderProbe(page, period, 100);
        await choosePeriod(page, period);
        await page.waitForFunction(() => (window as unknown as ProbeWindow).__renders.length > 0);
        const [ms] = await page.evaluate(() => (window as unknown as ProbeWindow).__renders.splice(0));
        if (i > 0 && ms !== undefined) {
          renders[key]?.push(ms); // the first round warms up the centre and the page
        }
        rows = { ...rows, [key]: Number(await page.locator('[data-rows]').first().getAttribute('data-rows')) };
      }
    }
    await choosePeriod(page, 'last-12');
    frames = await scrollFrames(page);
  } finally {
    await context.close();
    await host.stop();
  }
  report(
    'statement: tap "Últimos 12 meses" to movements painted (median)',
    median(renders['last-12'] ?? []),
    'ms',
    `${rows['last-12']} savings movements, 5 runs`,
  );
  report(
    `statement: tap "Año ${lastYear.slice(5)}" to movements painted (median)`,
    median(renders.year ?? []),
    'ms',
    `${rows.year} savings movements, 5 runs`,
  );
  report(
    'statement: scroll frame interval p50',
    percentile(frames, 50),
    'ms',
    `${frames.length} frames, 120 wheel steps`,
  );
  report('statement: scroll frame interval p95', percentile(frames, 95), 'ms');
  report('statement: scroll frame interval max', Math.max(0, ...frames), 'ms');
}
