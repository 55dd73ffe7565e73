import type { Browser, Page } from '@playwright/test';
import {
  enqueueAudits,
  openKiosk,
  outboxStatus,
  startOutboxRig,
  terminalId,
  type OutboxRig,
} from '../test/support/outbox-rig';
import { percentile, report } from './lib';

/*
 * Outbox figures (issue 3): enqueue latency with strict durability in
 * Chromium, drain throughput of 10,000 events through the kiosk next to one
 * request per event, and how fast the queue empties once the centre is back.
 * The centre is the demo central behind the test proxy on 127.0.0.1.
 */

const enqueues = 500;
const drainEvents = 10_000;
const baselineEvents = 2_000;
const stream = `terminal:${terminalId}`;

async function withKiosk<T>(browser: Browser, run: (rig: OutboxRig, page: Page) => Promise<T>): Promise<T> {
  return withKiosks(browser, 1, (rig, [page]) => run(rig, page!));
}

/** `terminals` browser hosts sharing one centre (behind one proxy), each with its own page. */
async function withKiosks<T>(
  browser: Browser,
  terminals: number,
  run: (rig: OutboxRig, pages: readonly Page[]) => Promise<T>,
): Promise<T> {
  const rig = await startOutboxRig({ terminals });
  const context = await browser.newContext();
  try {
    const pages: Page[] = [];
    for (const host of rig.hosts) {
      const page = await context.newPage();
      await openKiosk(page, host.url);
      pages.push(page);
    }
    return await run(rig, pages);
  } finally {
    await context.close();
    await rig.close();
  }
}

/** Milliseconds per acknowledged enqueue, one after another (the way a screen enqueues). */
function enqueueLatencies(page: Page, n: number): Promise<number[]> {
  return page.evaluate(
    async ({ n, stream, terminalId }) => {
      type Handle = { enqueue(t: string, s: string, p: Record<string, unknown>): Promise<{ ok: boolean }> };
      const outbox = (window as Window & { coopkioskOutbox?: Handle }).coopkioskOutbox;
      if (!outbox) {
        throw new Error('no outbox handle');
      }
      const times: number[] = [];
      for (let i = 0; i < n; i += 1) {
        const started = performance.now();
        const r = await outbox.enqueue('print.audit', stream, {
          documentKind: 'statement',
          period: '2026-10',
          printer: 'receipt',
          result: 'printed',
          errorCode: null,
          memberId: 'M-0001',
          terminalId,
          teller: null,
          verificationCode: `L${i}`,
        });
        times.push(performance.now() - started);
        if (!r.ok) {
          throw new Error('enqueue failed');
        }
      }
      return times;
    },
    { n, stream, terminalId },
  );
}

/** Waits until the outbox is empty; resolves with when that was seen. */
async function emptyAt(page: Page, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if ((await outboxStatus(page)).depth === 0) {
      return performance.now();
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('outbox did not empty in time');
}

async function firstSyncAt(rig: OutboxRig, before: number): Promise<number> {
  while (rig.proxy.syncRequests() === before) {
    await new Promise((r) => setTimeout(r, 5));
  }
  return performance.now();
}

/** The same path without the outbox: the page POSTs one event per sync.push through the bridge. */
function oneRequestPerEvent(page: Page, n: number): Promise<number> {
  return page.evaluate(
    async ({ n, terminalId }) => {
      const secret = document.querySelector<HTMLMetaElement>('meta[name="coopkiosk-launch"]')?.content ?? '';
      const started = performance.now();
      for (let i = 0; i < n; i += 1) {
        // No helper functions in here: tsx would wrap them in a __name() the page does not have.
        const id = `0190f000-0000-7000-8000-${(i + 1).toString(16).padStart(12, '0')}`;
        const event = {
          id,
          type: 'print.audit',
          stream: 'terminal:BASELINE',
          sequence: i + 1,
          createdAt: new Date().toISOString(),
          payload: {
            documentKind: 'statement',
            period: '2026-10',
            printer: 'receipt',
            result: 'printed',
            errorCode: null,
            memberId: 'M-0001',
            terminalId,
            teller: null,
            verificationCode: null,
          },
        };
        const response = await fetch('/api/sync.push', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-kiosk-launch': secret },
          body: JSON.stringify({ input: { events: [event] } }),
        });
        const body = (await response.json()) as { ok: boolean };
        if (!body.ok) {
          throw new Error('baseline push failed');
        }
      }
      return performance.now() - started;
    },
    { n, terminalId },
  );
}

export async function outboxBench(browser: Browser): Promise<void> {
  await withKiosk(browser, async (rig, page) => {
    // The centre is away so the worker does not compete with the writes being timed.
    await rig.proxy.setMode('down');
    const times = await enqueueLatencies(page, enqueues);
    report(
      'outbox enqueue latency p50 (strict durability, Chromium)',
      percentile(times, 50),
      'ms',
      `${enqueues} enqueues`,
    );
    report('outbox enqueue latency p99 (strict durability, Chromium)', percentile(times, 99), 'ms');
  });

  await withKiosk(browser, async (rig, page) => {
    await rig.proxy.setMode('down');
    await enqueueAudits(page, drainEvents, stream, 200);
    const before = rig.proxy.syncRequests();
    await rig.proxy.setMode('up');
    const back = performance.now();
    const firstSync = await firstSyncAt(rig, before);
    const empty = await emptyAt(page, 300_000);
    report(
      'outbox drain throughput (batches of 100)',
      drainEvents / ((empty - firstSync) / 1000),
      'events/s',
      `${drainEvents} events, ${rig.proxy.syncRequests() - before} requests`,
    );
    report(
      'outbox time from centre back to queue empty',
      (empty - back) / 1000,
      's',
      `${drainEvents} events; includes up to one 2 s probe interval`,
    );
  });

  await withKiosks(browser, 2, async (rig, pages) => {
    await rig.proxy.setMode('down');
    const perTerminal = drainEvents / pages.length;
    // Both terminals number the same stream name from 1: the centre orders them per terminal.
    await Promise.all(pages.map((page) => enqueueAudits(page, perTerminal, 'terminal:shared', 200)));
    const before = rig.proxy.syncRequests();
    await rig.proxy.setMode('up');
    const firstSync = await firstSyncAt(rig, before);
    const empty = Math.max(...(await Promise.all(pages.map((page) => emptyAt(page, 300_000)))));
    const applied = rig.state().audit.length;
    if (applied !== drainEvents) {
      throw new Error(`two terminals: ${applied} of ${drainEvents} events applied`);
    }
    report(
      'outbox drain throughput, two terminals sharing the centre (batches of 100)',
      drainEvents / ((empty - firstSync) / 1000),
      'events/s',
      `${drainEvents} events in all, ${perTerminal} per terminal; one terminal alone above`,
    );
  });

  await withKiosk(browser, async (_rig, page) => {
    const ms = await oneRequestPerEvent(page, baselineEvents);
    report(
      'baseline: one request per event (same bridge and centre, no outbox)',
      baselineEvents / (ms / 1000),
      'events/s',
      `${baselineEvents} events`,
    );
  });
}
