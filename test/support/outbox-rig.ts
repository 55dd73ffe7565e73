import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findBrowser } from '../../electron/browser-host/browser-path';
import { memberStreamId } from '../../electron/demo-central/secrets';
import { startDemoCentral, type DemoCentral, terminalKeyFor } from '../../electron/demo-central/server';
import { createLogger } from '../../electron/services/logger';
import { startHost, type RunningHost } from './browser-host';
import { startCentralProxy, type CentralProxy, type ProxyMode } from './central-proxy';

/** The kiosk outbox's end-to-end rig: a real demo central, a controllable proxy in front of it, and the browser host pointed at the proxy. */
export interface OutboxRig {
  readonly central: DemoCentral;
  readonly proxy: CentralProxy;
  readonly host: RunningHost;
  /** Every terminal of the rig, `host` first (several share one centre with `terminals: N`). */
  readonly hosts: readonly RunningHost[];
  /** The demo central's durable state, as written to disk after each sync. */
  state(): CentralState;
  /** "member:<stream id>": the member's opaque stream on the rig's terminal, as the centre gives it at sign-in. */
  memberStream(memberId: string): string;
  close(): Promise<void>;
}

export interface CentralState {
  readonly processedEvents: Record<string, unknown>;
  readonly audit: readonly { readonly eventId: string }[];
  readonly dataUpdates: readonly { readonly eventId: string }[];
  readonly terminals: Record<string, { readonly outboxDepth: number }>;
}

export const terminalId = 'E2E-KIOSK-01';

export async function startOutboxRig(
  options: { proxyMode?: ProxyMode; requestMs?: number; terminals?: number } = {},
): Promise<OutboxRig> {
  const master = randomBytes(18).toString('base64url');
  const centralDir = mkdtempSync(join(tmpdir(), 'coopkiosk-central-'));
  const central = await startDemoCentral({ dataDir: centralDir, port: 0, terminalKey: master, log: createLogger() });
  const proxy = await startCentralProxy(central.url, options.proxyMode ?? 'up');
  const ids = Array.from({ length: options.terminals ?? 1 }, (_, i) => (i === 0 ? terminalId : `E2E-KIOSK-0${i + 1}`));
  const hosts = await Promise.all(
    ids.map((id) => startRigHost(id, terminalKeyFor(master, id), proxy.url, options.requestMs)),
  );
  const host = hosts[0]!;
  return {
    central,
    proxy,
    host,
    hosts,
    state: () => JSON.parse(readFileSync(join(centralDir, 'state.json'), 'utf8')) as CentralState,
    memberStream(memberId) {
      const { streamSecret } = JSON.parse(readFileSync(join(centralDir, 'state.json'), 'utf8')) as {
        streamSecret: string;
      };
      return `member:${memberStreamId(streamSecret, terminalId, memberId)}`;
    },
    close: async () => {
      await Promise.all(hosts.map((h) => h.stop()));
      await proxy.close();
      await central.close();
      rmSync(centralDir, { recursive: true, force: true });
    },
  };
}

function startRigHost(id: string, key: string, centralUrl: string, requestMs = 3_000): Promise<RunningHost> {
  return startHost({
    env: { COOPKIOSK_TEST_KEY: key },
    config: {
      terminalId: id,
      role: 'member-kiosk',
      // A demo terminal on a real (remote) centre: window.coopkioskOutbox is how these tests reach the queue.
      demo: true,
      branch: { code: 'MED-CENTRO', name: 'Sede Centro', city: 'Medellín' },
      brand: {
        name: 'Cooperativa Demo de Ahorro y Crédito',
        nit: '900.123.456-8',
        verifyUrl: 'https://verifica.coopdemo.com.co/v',
      },
      central: {
        mode: 'remote',
        url: centralUrl,
        credential: 'env:COOPKIOSK_TEST_KEY',
        timeouts: { connectMs: 1_000, requestMs },
      },
    },
  });
}

/** What `window.coopkioskOutbox` offers on a demo terminal (renderer/outbox/maintenance-handle.ts). */
interface Handle {
  status(): Promise<{ depth: number; deadLetters: number; paused: boolean; lastError: string | null }>;
  enqueue(
    type: string,
    stream: string,
    payload: Record<string, unknown>,
    options?: { personal?: boolean },
  ): Promise<{ ok: boolean; value?: { id: string }; error?: unknown }>;
  drainNow(): Promise<void>;
}
/** test/support is also compiled without the DOM library: reach the page's global through globalThis. */
interface WithHandle {
  coopkioskOutbox?: Handle;
}

export async function openKiosk(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as unknown as WithHandle).coopkioskOutbox !== undefined, undefined, {
    timeout: 20_000,
  });
}

export function printAudit(i: number, memberId = 'M-0001'): Record<string, unknown> {
  return {
    documentKind: 'statement',
    period: `2026-${String((i % 12) + 1).padStart(2, '0')}`,
    printer: 'receipt',
    result: 'printed',
    errorCode: null,
    memberId,
    terminalId,
    teller: null,
    verificationCode: null,
  };
}

/** Enqueues n print audits on `stream`, `parallel` at a time; resolves with their ids once all are acknowledged. */
export async function enqueueAudits(page: Page, n: number, stream: string, parallel = 1): Promise<string[]> {
  return page.evaluate(
    async ({ n, stream, parallel, terminalId }) => {
      const outbox = (globalThis as unknown as WithHandle).coopkioskOutbox;
      if (!outbox) {
        throw new Error('no outbox handle');
      }
      const ids: string[] = [];
      for (let start = 0; start < n; start += parallel) {
        const chunk = Array.from({ length: Math.min(parallel, n - start) }, (_, k) =>
          outbox.enqueue('print.audit', stream, {
            documentKind: 'statement',
            period: '2026-10',
            printer: 'receipt',
            result: 'printed',
            errorCode: null,
            memberId: 'M-0001',
            terminalId,
            teller: null,
            verificationCode: `V${start + k}`,
          }),
        );
        for (const r of await Promise.all(chunk)) {
          if (!r.ok || !r.value) {
            throw new Error(`enqueue failed: ${JSON.stringify(r.error)}`);
          }
          ids.push(r.value.id);
        }
      }
      return ids;
    },
    { n, stream, parallel, terminalId },
  );
}

export async function enqueue(
  page: Page,
  type: string,
  stream: string,
  payload: Record<string, unknown>,
  personal = false,
): Promise<string> {
  const result = await page.evaluate(
    ({ type, stream, payload, personal }) =>
      (globalThis as unknown as WithHandle).coopkioskOutbox?.enqueue(type, stream, payload, { personal }),
    { type, stream, payload, personal },
  );
  if (!result?.ok || !result.value) {
    throw new Error(`enqueue failed: ${JSON.stringify(result?.error)}`);
  }
  return result.value.id;
}

export function outboxStatus(
  page: Page,
): Promise<{ depth: number; deadLetters: number; paused: boolean; lastError: string | null }> {
  return page.evaluate(() => {
    const outbox = (globalThis as unknown as WithHandle).coopkioskOutbox;
    if (!outbox) {
      throw new Error('no outbox handle');
    }
    return outbox.status();
  });
}

/** Each id exactly once among the centre's processed events and in the given record list. */
export function countById(records: readonly { readonly eventId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) {
    counts.set(r.eventId, (counts.get(r.eventId) ?? 0) + 1);
  }
  return counts;
}

/** Chromium started by hand on a given profile, so a test can SIGKILL it and start it again on the same profile. */
export interface OwnChromium {
  readonly browser: Browser;
  readonly process: ChildProcess;
  kill(): Promise<void>;
  close(): Promise<void>;
}

export async function launchOwnChromium(profileDir: string): Promise<OwnChromium> {
  const executable = findBrowser();
  if (!executable) {
    throw new Error('no Chromium');
  }
  const args = [
    '--headless=new',
    '--remote-debugging-port=0',
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    'about:blank',
  ];
  // Its own process group, so a kill takes every Chromium helper at once (as a power cut would).
  const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const wsUrl = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${err}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited ${code}:\n${err}`)));
  });
  const browser = await chromium.connectOverCDP(wsUrl);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
    } else {
      child.once('exit', () => resolve());
    }
  });
  return {
    browser,
    process: child,
    kill: async () => {
      killGroup(child, 'SIGKILL');
      await exited;
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      killGroup(child, 'SIGTERM');
      await exited;
    },
  };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) {
      process.kill(-child.pid, signal);
    }
  } catch {
    child.kill(signal); // the group is already gone, or no process groups here
  }
}

export function firstPage(browser: Browser): Promise<Page> {
  const context = browser.contexts()[0];
  if (!context) {
    throw new Error('no default context');
  }
  return context.newPage();
}
