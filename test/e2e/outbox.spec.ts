import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import {
  countById,
  enqueue,
  enqueueAudits,
  firstPage,
  launchOwnChromium,
  openKiosk,
  outboxStatus,
  printAudit,
  startOutboxRig,
  terminalId,
  type OutboxRig,
} from '../support/outbox-rig';

/*
 * The outbox end to end: real Chromium IndexedDB through the browser host, a
 * real demo central on 127.0.0.1, and a proxy between them that plays the
 * network's bad days. Delivery is checked in the centre's durable state:
 * every event applied exactly once.
 */
const test = base.extend<{ rig: OutboxRig }>({
  rig: async ({}, use) => {
    const rig = await startOutboxRig();
    await use(rig);
    await rig.close();
  },
});

const stream = `terminal:${terminalId}`;

async function drained(_rig: OutboxRig, page: Page, timeout = 30_000): Promise<void> {
  await expect.poll(async () => (await outboxStatus(page)).depth, { timeout, intervals: [100, 250, 500] }).toBe(0);
}

function expectAppliedOnce(rig: OutboxRig, ids: readonly string[]): void {
  const state = rig.state();
  const audits = countById(state.audit);
  for (const id of ids) {
    expect(Object.hasOwn(state.processedEvents, id), `event ${id} processed`).toBe(true);
    expect(audits.get(id), `event ${id} applied once`).toBe(1);
  }
}

test('centre down, then up: everything is delivered, once', async ({ page, rig }) => {
  await rig.proxy.setMode('down');
  await openKiosk(page, rig.host.url);
  const ids = await enqueueAudits(page, 30, stream);
  await expect.poll(async () => (await outboxStatus(page)).paused).toBe(true);
  expect((await outboxStatus(page)).depth).toBe(30);
  await expect(page.getByTestId('outbox-indicator')).toHaveAttribute('data-depth', '30');
  await rig.proxy.setMode('up');
  await drained(rig, page);
  expectAppliedOnce(rig, ids);
  await expect(page.getByTestId('outbox-indicator')).toBeHidden();
});

for (const mode of ['error-500', 'hang', 'slow'] as const) {
  test(`centre ${mode === 'error-500' ? 'answering 500' : mode === 'hang' ? 'timing out' : 'replying slowly'}: retried, not duplicated`, async ({
    page,
    rig,
  }) => {
    await openKiosk(page, rig.host.url);
    await rig.proxy.setMode(mode, { slowMs: 1_500 });
    const ids = await enqueueAudits(page, 20, stream);
    if (mode === 'slow') {
      await drained(rig, page);
    } else {
      await expect.poll(() => rig.proxy.syncRequests(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
      expect((await outboxStatus(page)).depth).toBe(20);
      await rig.proxy.setMode('up');
      await drained(rig, page);
      expect((await outboxStatus(page)).lastError).toMatch(mode === 'hang' ? /request-timeout/ : /central-error/);
    }
    expectAppliedOnce(rig, ids);
    expect(Object.keys(rig.state().processedEvents)).toHaveLength(20);
  });
}

test('centre dying in the middle of a batch: nothing lost, nothing applied twice', async ({ page, rig }) => {
  await openKiosk(page, rig.host.url);
  await rig.proxy.setMode('die-mid-batch');
  const ids = await enqueueAudits(page, 150, stream, 50);
  // The centre applied the batch but the kiosk never heard: the events stay pending and go again.
  await expect.poll(() => rig.proxy.syncRequests(), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
  await expect.poll(() => Object.keys(rig.state().processedEvents).length, { timeout: 15_000 }).toBeGreaterThan(0);
  expect((await outboxStatus(page)).depth).toBeGreaterThan(0);
  await rig.proxy.setMode('up');
  await drained(rig, page);
  expectAppliedOnce(rig, ids);
  expect(Object.keys(rig.state().processedEvents)).toHaveLength(150);
});

test('a poisoned event is dead-lettered and does not block the others, not even its own stream', async ({
  page,
  rig,
}) => {
  await openKiosk(page, rig.host.url);
  await rig.proxy.setMode('down');
  const before = await enqueueAudits(page, 3, stream);
  const poison = await enqueue(page, 'print.audit', stream, { documentKind: 'poster', oops: true });
  const after = await enqueueAudits(page, 3, stream);
  const other = await enqueue(
    page,
    'data-update.request',
    rig.memberStream('M-0001'),
    { memberId: 'M-0001', changes: { personal: { city: 'Envigado' } } },
    true,
  );
  await rig.proxy.setMode('up');
  await drained(rig, page);
  expectAppliedOnce(rig, [...before, ...after]);
  expect(countById(rig.state().dataUpdates).get(other)).toBe(1);
  const status = await outboxStatus(page);
  expect(status.deadLetters).toBe(1);
  expect(Object.hasOwn(rig.state().processedEvents, poison)).toBe(false);
  await expect(page.getByTestId('outbox-indicator')).toHaveAttribute('data-dead', '1');
});

test('10,000 events drain completely', async ({ page, rig }) => {
  test.setTimeout(120_000);
  await openKiosk(page, rig.host.url);
  await rig.proxy.setMode('down');
  const ids = await enqueueAudits(page, 10_000, stream, 200);
  expect(new Set(ids).size).toBe(10_000);
  await rig.proxy.setMode('up');
  await drained(rig, page, 90_000);
  const state = rig.state();
  expect(Object.keys(state.processedEvents)).toHaveLength(10_000);
  expect(state.audit).toHaveLength(10_000);
  expect((await outboxStatus(page)).deadLetters).toBe(0);
});

test('the heartbeat reaches the centre with the outbox depth', async ({ page, rig }) => {
  await rig.proxy.setMode('error-500');
  await openKiosk(page, rig.host.url);
  await enqueueAudits(page, 2, stream);
  await page.reload();
  await openKiosk(page, rig.host.url);
  await expect.poll(() => rig.state().terminals[terminalId]?.outboxDepth, { timeout: 15_000 }).toBe(2);
});

test.describe('with Chromium started by hand on its own profile', () => {
  const profiles: string[] = [];
  test.afterEach(() => {
    for (const dir of profiles.splice(0)) {
      // Chromium's helpers may still be writing as they go: retry, and a leftover temp folder is not a failure.
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch {
        // left in the OS temp folder
      }
    }
  });

  test('browser killed with SIGKILL right after an acknowledged enqueue: the event survives and is delivered once', async ({
    rig,
  }) => {
    const profile = mkdtempSync(join(tmpdir(), 'coopkiosk-profile-'));
    profiles.push(profile);
    await rig.proxy.setMode('down');
    const first = await launchOwnChromium(profile);
    const page = await firstPage(first.browser);
    await openKiosk(page, rig.host.url);
    const id = await enqueue(page, 'print.audit', stream, printAudit(1));
    await first.kill();

    await rig.proxy.setMode('up');
    const second = await launchOwnChromium(profile);
    try {
      const again = await firstPage(second.browser);
      await openKiosk(again, rig.host.url);
      await drained(rig, again);
      expectAppliedOnce(rig, [id]);
      expect(Object.keys(rig.state().processedEvents)).toEqual([id]);
    } finally {
      await second.close();
    }
  });

  test('IndexedDB on disk holds no member name, document number or e-mail in clear', async ({ rig }) => {
    const profile = mkdtempSync(join(tmpdir(), 'coopkiosk-profile-'));
    profiles.push(profile);
    await rig.proxy.setMode('down');
    const chrome = await launchOwnChromium(profile);
    try {
      const page = await firstPage(chrome.browser);
      await openKiosk(page, rig.host.url);
      const personal = {
        memberId: 'M-0009',
        changes: {
          personal: {
            fullName: 'Begoña Muñoz Peñaloza',
            docType: 'CC',
            docNumber: '43777888',
            email: 'begona.munoz@example.com',
          },
        },
      };
      for (let i = 0; i < 5; i += 1) {
        await enqueue(page, 'data-update.request', 'member:opaque-stream-id', personal, true);
      }
      // A plain payload with a marker proves the search does see what is written.
      await enqueue(page, 'lead', stream, {
        product: 'cdat',
        memberId: null,
        simulation: { marker: 'MARCADOR-VISIBLE-7731' },
        contactConsent: false,
      });
    } finally {
      await chrome.close();
    }
    const files = listFiles(join(profile, 'Default', 'IndexedDB'));
    expect(files.length).toBeGreaterThan(0);
    const bytes = Buffer.concat(files.map((f) => readFileSync(f)));
    const found = (text: string): boolean =>
      ['utf8', 'utf16le', 'latin1'].some((enc) => bytes.includes(Buffer.from(text, enc as BufferEncoding)));
    expect(found('MARCADOR-VISIBLE-7731')).toBe(true);
    for (const secret of ['Begoña', 'Muñoz', 'Peñaloza', '43777888', 'begona.munoz@example.com', 'begona.munoz']) {
      expect(found(secret), `"${secret}" in clear on disk`).toBe(false);
    }
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
