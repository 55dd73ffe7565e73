import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronHostPort } from '../../../electron/adapters/electron-host-port';
import { silenceErrorDialogs } from '../../../electron/adapters/error-dialog';
import { createKioskCore, type KioskCore } from '../../../electron/core/create-core';
import { createLogger, type Logger } from '../../../electron/services/logger';
import { fileKeyProvider } from '../../../electron/services/vault/file-key';
import { manualClock, type ManualClock } from '../../support/manual-clock';

/** The few Electron objects error recovery touches, recording what is asked of them. */
function fakeElectron() {
  const calls: string[] = [];
  const webContents = Object.assign(new EventEmitter(), {
    send: (channel: string) => void calls.push(`send ${channel}`),
    forcefullyCrashRenderer: () => undefined,
    isDestroyed: () => false,
    session: { clearCache: () => Promise.resolve(), clearStorageData: () => Promise.resolve() },
  });
  const win = Object.assign(new EventEmitter(), {
    webContents,
    isDestroyed: () => false,
    loadURL: (url: string) => {
      calls.push(`loadURL ${url}`);
      return Promise.resolve();
    },
  });
  const app = {
    quit: () => void calls.push('app.quit'),
    relaunch: () => void calls.push('app.relaunch'),
    exit: (code?: number) => void calls.push(`app.exit ${code ?? 0}`),
  };
  const showErrorBox = vi.fn();
  const dialog = { showErrorBox };
  return { calls, win, app, dialog, showErrorBox };
}

describe('main-process errors under Electron (fake app, dialog and process)', () => {
  let dataDir: string;
  let core: KioskCore | null = null;
  let proc: EventEmitter;
  let electron: ReturnType<typeof fakeElectron>;
  let log: Logger;
  let clock: ManualClock;

  const build = async (config?: object): Promise<KioskCore> => {
    const configPath = join(dataDir, 'terminal.json');
    if (config) {
      writeFileSync(configPath, JSON.stringify(config));
    }
    return createKioskCore({
      configPath,
      configExplicit: config !== undefined,
      dataDir,
      host: 'electron',
      appVersion: '0.0.0-test',
      log,
      keyProvider: fileKeyProvider(join(dataDir, 'vault.key'), log),
      hostPort: createElectronHostPort({
        window: () => electron.win,
        app: electron.app,
        powerSaveBlocker: { start: () => 1 },
        log,
      }),
      process: proc,
      clock,
    });
  };

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'coopkiosk-faults-'));
    proc = new EventEmitter();
    electron = fakeElectron();
    log = createLogger();
    clock = manualClock();
  });
  afterEach(async () => {
    await core?.dispose();
    core = null;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('an uncaught exception is logged and relaunches the app; no error box ever shows', async () => {
    silenceErrorDialogs(electron.dialog, log);
    core = await build();
    // The core listens: Electron shows its native box only when nobody does.
    expect(proc.listenerCount('uncaughtException')).toBe(1);
    proc.emit('uncaughtException', new Error('printer callback blew up for 1010101010'));
    await vi.waitFor(() => expect(electron.calls.slice(-2)).toEqual(['app.relaunch', 'app.exit 0']));
    electron.dialog.showErrorBox('A JavaScript error occurred in the main process', 'stack');
    expect(electron.showErrorBox).not.toHaveBeenCalled();
    const logged = log.recent();
    expect(
      logged.some((e) => e.event === 'process.uncaught-exception' && String(e.fields.message).includes('[number]')),
    ).toBe(true);
    expect(logged.some((e) => e.event === 'window.error-dialog-suppressed')).toBe(true);
    expect(JSON.stringify(logged)).not.toContain('1010101010');
  });

  it('an unhandled rejection is logged and the page goes back to welcome; the app keeps running', async () => {
    core = await build();
    proc.emit('unhandledRejection', new Error('centre answered nonsense'));
    expect(electron.calls).toContain('loadURL app://kiosk/index.html#/');
    expect(electron.calls).not.toContain('app.relaunch');
    expect(log.recent().some((e) => e.event === 'process.unhandled-rejection')).toBe(true);
  });

  it('after N fatal errors in M minutes the next start is out of service, and it relaunches once the window passes', async () => {
    const config = {
      terminalId: 'KIOSK-01',
      role: 'member-kiosk',
      branch: { code: 'MED', name: 'Centro', city: 'Medellín' },
      brand: { name: 'Cooperativa X', nit: '900.123.456-8' },
      recovery: { maxFatalErrors: 2, windowMinutes: 10 },
    };
    core = await build(config);
    proc.emit('uncaughtException', new Error('first'));
    await vi.waitFor(() => expect(electron.calls.filter((c) => c === 'app.relaunch')).toHaveLength(1));
    await core.dispose();
    core = await build(config); // the relaunched process
    expect(core.info.inService).toBe(true);
    clock.advance(60_000);
    proc.emit('uncaughtException', new Error('second'));
    await vi.waitFor(() => expect(electron.calls.filter((c) => c === 'app.relaunch')).toHaveLength(2));
    await core.dispose();
    core = await build(config);
    expect(core.info.inService).toBe(false);
    expect(core.info.configProblems.map((p) => p.path)).toEqual(['recovery']);
    expect(core.info.configProblems[0]?.message).toContain('2 fatal errors of the kiosk process within 10 minutes');
    // No crash loop: nothing relaunches until the window has passed, then it tries again.
    clock.advance(8 * 60_000);
    expect(electron.calls.filter((c) => c === 'app.relaunch')).toHaveLength(2);
    clock.advance(2 * 60_000);
    expect(electron.calls.filter((c) => c === 'app.relaunch')).toHaveLength(3);
  });
});
