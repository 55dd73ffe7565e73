import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createElectronHostPort, type ElectronHostDeps } from '../../../electron/adapters/electron-host-port';
import { forwardWindowEvents } from '../../../electron/adapters/window-events';
import { createKioskCore, type KioskCore } from '../../../electron/core/create-core';
import { createLogger } from '../../../electron/services/logger';
import { fileKeyProvider } from '../../../electron/services/vault/file-key';
import { manualClock, type ManualClock } from '../../support/manual-clock';

/**
 * The Electron host port driven by the real core, against a recording fake
 * of the few Electron objects it touches (window, webContents, its session,
 * app, powerSaveBlocker). The browser host runs the same scenarios end to
 * end (test/e2e/session-end.spec.ts).
 */
function fakeElectron() {
  const calls: string[] = [];
  const webContents = Object.assign(new EventEmitter(), {
    send: (channel: string, payload: unknown) => void calls.push(`send ${channel} ${JSON.stringify(payload)}`),
    forcefullyCrashRenderer: () => void calls.push('forcefullyCrashRenderer'),
    isDestroyed: () => false,
    session: {
      clearCache: () => {
        calls.push('session.clearCache');
        return Promise.resolve();
      },
      clearStorageData: (options?: { storages?: string[] }) => {
        calls.push(`session.clearStorageData ${(options?.storages ?? []).join(',')}`);
        return Promise.resolve();
      },
    },
  });
  const win = Object.assign(new EventEmitter(), {
    webContents,
    isDestroyed: () => false,
    loadURL: (url: string) => {
      calls.push(`loadURL ${url}`);
      return Promise.resolve();
    },
  });
  const deps: Omit<ElectronHostDeps, 'log'> = {
    window: () => win,
    app: {
      quit: () => void calls.push('app.quit'),
      relaunch: () => void calls.push('app.relaunch'),
      exit: (code?: number) => void calls.push(`app.exit ${code ?? 0}`),
    },
    powerSaveBlocker: {
      start: (type) => {
        calls.push(`powerSaveBlocker.start ${type}`);
        return 1;
      },
    },
  };
  return { calls, win, deps };
}

const trusted = { via: 'ipc', trustedSender: true } as const;

describe('Electron host port under the real core', () => {
  let dataDir: string;
  let clock: ManualClock;
  let core: KioskCore;
  let electron: ReturnType<typeof fakeElectron>;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'coopkiosk-host-port-'));
    clock = manualClock();
    electron = fakeElectron();
    const log = createLogger();
    core = await createKioskCore({
      // No file at the default path: the demo terminal with the embedded demo central.
      configPath: join(dataDir, 'absent.json'),
      configExplicit: false,
      dataDir,
      host: 'electron',
      appVersion: '0.0.0-test',
      log,
      keyProvider: fileKeyProvider(join(dataDir, 'vault.key'), log),
      hostPort: createElectronHostPort({ ...electron.deps, log }),
      clock,
    });
    const signIn = await core.dispatch(
      'auth.signIn',
      { docType: 'CC', docNumber: '1010101010', secret: '4719' },
      trusted,
    );
    expect(signIn.ok).toBe(true);
  });
  afterEach(async () => {
    await core.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const indexOf = (prefix: string): number => electron.calls.findIndex((c) => c.startsWith(prefix));

  it('keeps the display awake from the start', () => {
    expect(electron.calls[0]).toBe('powerSaveBlocker.start prevent-display-sleep');
  });

  it('a maximum-time end sends session-ended with its reason before any reload, and reloads when the page asks', async () => {
    // Taps keep the idle backstop away; the 15 minutes end the session whatever the member does.
    for (let minute = 0; minute < 15; minute += 1) {
      await core.dispatch('session.keepAlive', undefined, trusted);
      clock.advance(60_000);
    }
    expect(electron.calls).toContain('send event:session-ended {"reason":"max-time"}');
    expect(indexOf('loadURL')).toBe(-1);
    // The page records the audit, then asks for the wipe.
    await core.dispatch('auth.signOut', { reason: 'max-time' }, trusted);
    const sent = indexOf('send event:session-ended');
    expect(sent).toBeGreaterThan(0);
    expect(indexOf('session.clearCache')).toBeGreaterThan(sent);
    expect(indexOf('session.clearStorageData')).toBeGreaterThan(indexOf('session.clearCache'));
    expect(electron.calls.at(-1)).toBe('loadURL app://kiosk/index.html#/hasta-pronto?motivo=max-time');
    expect(electron.calls.filter((c) => c.startsWith('loadURL'))).toHaveLength(1);
    // IndexedDB (the outbox) is not among what is cleared.
    expect(electron.calls.find((c) => c.startsWith('session.clearStorageData'))).not.toContain('indexdb');
  });

  it('the idle backstop ends a silent page and, when the page never answers, wipes and reloads it anyway', async () => {
    clock.advance(90_000 + 15_000);
    expect(electron.calls).toContain('send event:session-ended {"reason":"idle"}');
    expect(indexOf('loadURL')).toBe(-1);
    clock.advance(5_000);
    await expect.poll(() => electron.calls.at(-1)).toBe('loadURL app://kiosk/index.html#/hasta-pronto?motivo=idle');
    expect(indexOf('session.clearCache')).toBeGreaterThan(indexOf('send event:session-ended'));
  });

  it('a crashed renderer ends the session and is reloaded on the advice screen, without a message to a dead page', async () => {
    forwardWindowEvents(electron.win, core.page, () => false);
    electron.win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    expect(await core.dispatch('session.current', undefined, trusted)).toEqual({ ok: true, value: null });
    expect(indexOf('send event:session-ended')).toBe(-1);
    clock.advance(1_000);
    await expect
      .poll(() => electron.calls.at(-1))
      .toBe('loadURL app://kiosk/index.html#/hasta-pronto?motivo=renderer-gone');
  });

  it('a hung renderer is killed after its grace period, but not while the app quits', () => {
    let quitting = false;
    forwardWindowEvents(electron.win, core.page, () => quitting);
    electron.win.emit('unresponsive');
    clock.advance(5_000);
    expect(electron.calls.at(-1)).toBe('forcefullyCrashRenderer');
    quitting = true;
    electron.win.webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
    clock.advance(60_000);
    expect(indexOf('loadURL')).toBe(-1);
  });
});

describe('Electron host port, each translation', () => {
  it('sends on the event channel the preload listens to, loads app:// routes, shows out-of-service from a data: URL, quits', async () => {
    const electron = fakeElectron();
    const port = createElectronHostPort({ ...electron.deps, log: createLogger() });
    port.send('session-ended', { reason: 'locked' });
    port.reload('/');
    port.showOutOfService();
    port.killPage();
    await port.clearPageData();
    port.quit();
    expect(electron.calls[0]).toBe('send event:session-ended {"reason":"locked"}');
    expect(electron.calls[1]).toBe('loadURL app://kiosk/index.html#/');
    expect(electron.calls[2]).toMatch(/^loadURL data:text\/html;charset=utf-8,/);
    expect(electron.calls.slice(3)).toEqual([
      'forcefullyCrashRenderer',
      'session.clearCache',
      'session.clearStorageData cookies,localstorage,shadercache,cachestorage,serviceworkers,filesystem',
      'app.quit',
    ]);
  });

  it('does nothing to a window that is gone', () => {
    const electron = fakeElectron();
    const port = createElectronHostPort({ ...electron.deps, window: () => null, log: createLogger() });
    port.send('session-ended', { reason: 'button' });
    port.reload('/');
    expect(electron.calls).toEqual([]);
  });
});
