import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, protocol, session } from 'electron';
import type { SystemInfo } from '../shared/contract/kiosk-api';
import { safeStorageKeyProvider } from './adapters/safe-storage-key';
import { registerKioskIpc } from './ipc';
import { resolveConfigPath } from './services/config-path';
import { createKioskCore, type KioskCore } from './services/core';
import { createLogger, type Logger } from './services/logger';
import { sumatraPathInResources } from './services/printing/laser/windows';
import { devToolsRequested, isTrustedSender, refusedSwitches, userDataDirOverride } from './window/guards';
import { lockDownSession, lockDownWebContents, wipeMemberTraces } from './window/lockdown';
import { kioskWindowOptions } from './window/options';
import { outOfServiceDataUrl } from './window/out-of-service';
import { APP_ENTRY_URL, APP_SCHEME } from './window/protocol';
import { watchRenderer } from './window/recovery';
import { serveAppAsset } from './window/serve-asset';

/*
 * The Electron composition root: process-wide hardening before `ready`, then
 * the shared services (core.ts), the bridge and the one kiosk window. All the
 * decisions live in pure modules under ./window; this file only wires them.
 */

// dist-electron/main.cjs sits next to preload.cjs, one level under the app root (a folder or app.asar).
const appRoot = join(__dirname, '..');
const devTools = devToolsRequested(process.argv, process.env);
let quitting = false;

function boot(): void {
  const userData = userDataDirOverride(process.argv);
  if (userData !== null) {
    app.setPath('userData', userData);
  }
  if (!app.requestSingleInstanceLock()) {
    // The first instance gets `second-instance` and brings itself to the front.
    app.quit();
    return;
  }
  const refused = refusedSwitches((name) => app.commandLine.hasSwitch(name), { allowDebugging: devTools || !app.isPackaged });
  if (refused.length > 0) {
    process.stderr.write(`CoopKiosk (packaged) refuses debugging switches without --devtools: ${refused.join(', ')}\n`);
    app.exit(1);
    return;
  }
  app.enableSandbox();
  app.commandLine.appendSwitch('disable-pinch');
  app.commandLine.appendSwitch('overscroll-history-navigation', '0');
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

  const log = createLogger({ dir: join(app.getPath('userData'), 'logs'), echo: !app.isPackaged });
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, { devTools, log }));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => app.quit());
  process.on('SIGTERM', () => app.quit());
  app
    .whenReady()
    .then(() => start(log))
    .catch((error: unknown) => {
      log.error('kiosk.start-failed', { error: error instanceof Error ? error.message : String(error) });
      app.exit(1);
    });
}

async function start(log: Logger): Promise<void> {
  Menu.setApplicationMenu(null);
  lockDownSession(session.defaultSession, log);
  const rendererDir = join(appRoot, 'dist', 'renderer');
  protocol.handle(APP_SCHEME, (request) => serveAppAsset(rendererDir, request));

  const config = resolveConfigPath(process.argv, process.env, process.platform);
  const core = await createKioskCore({
    configPath: config.path,
    configExplicit: config.explicit,
    dataDir: app.getPath('userData'),
    host: 'electron',
    appVersion: appVersion(),
    log,
    keyProvider: safeStorageKeyProvider(app.getPath('userData'), log),
    ...(process.platform === 'win32' ? { sumatraPdfPath: sumatraPathInResources(process.resourcesPath) } : {}),
  });
  disposeOnQuit(core, log);

  let kioskContentsId: number | null = null;
  registerKioskIpc(ipcMain, core.dispatch, (sender) => isTrustedSender(sender, { expectedWebContentsId: kioskContentsId }));

  const options = kioskWindowOptions({ preloadPath: join(__dirname, 'preload.cjs'), devTools, brandBackground: backgroundFor(core.info) });
  const win = new BrowserWindow({
    ...options,
    // The isolation flags are restated where the window is built: they win over
    // whatever options.ts returns if it ever regresses, and static checks
    // (electronegativity reads only this call) see them.
    webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  kioskContentsId = win.webContents.id;
  const load = (url: string): void => {
    win.loadURL(url).catch((error: unknown) => log.warn('window.load-failed', { error: error instanceof Error ? error.message : String(error) }));
  };
  const loadWelcome = (): void => load(APP_ENTRY_URL);

  win.once('ready-to-show', () => win.show());
  // Kiosk shells may end the OS session; anything else trying to close the kiosk is refused.
  win.on('session-end', () => {
    quitting = true;
  });
  win.on('close', (event) => {
    if (!quitting) {
      event.preventDefault();
      log.warn('window.close-refused', {});
    }
  });
  app.on('second-instance', () => {
    if (win.isMinimized()) {
      win.restore();
    }
    win.focus();
  });
  // A crashed page may have held a member's screen: end that session (which wipes and reloads) or just reload.
  const recover = (): void => {
    if (!core.endSession('renderer-gone')) {
      loadWelcome();
    }
  };
  watchRenderer(win, { log, loadWelcome: recover, loadOutOfService: () => load(outOfServiceDataUrl()), isQuitting: () => quitting });
  core.onSessionEnded((reason) => {
    wipeMemberTraces(win.webContents.session)
      .catch((error: unknown) => log.error('session.wipe-failed', { error: error instanceof Error ? error.message : String(error) }))
      .finally(() => load(`${APP_ENTRY_URL}#/hasta-pronto?motivo=${reason}`));
  });

  powerSaveBlocker.start('prevent-display-sleep');
  loadWelcome();
}

function disposeOnQuit(core: KioskCore, log: Logger): void {
  let disposed = false;
  app.on('will-quit', (event) => {
    if (disposed) {
      return;
    }
    // Let the embedded demo central flush its state file before the process ends.
    event.preventDefault();
    core
      .dispose()
      .catch((error: unknown) => log.error('kiosk.dispose-failed', { error: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        disposed = true;
        app.quit();
      });
  });
}

/** package.json's version: app.getVersion() reports Electron's own when started as `electron dist-electron/main.cjs`. */
function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : app.getVersion();
  } catch {
    return app.getVersion();
  }
}

/** The colour behind the page during reloads; only a plain hex colour from the config is trusted. */
function backgroundFor(info: SystemInfo): string {
  const color = info.brand.colors.primary;
  return /^#[0-9a-fA-F]{6}$/.test(color) ? color : '#1f2933';
}

boot();
