import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerSaveBlocker, protocol, session } from 'electron';
import type { SystemInfo } from '../shared/contract/kiosk-api';
import { welcomeRoute } from '../shared/contract/page-routes';
import { createElectronHostPort } from './adapters/electron-host-port';
import { silenceErrorDialogs } from './adapters/error-dialog';
import { safeStorageKeyProvider } from './adapters/safe-storage-key';
import { forwardWindowEvents } from './adapters/window-events';
import { registerKioskIpc } from './bridge/ipc';
import { createKioskCore, type KioskCore } from './core/create-core';
import { resolveConfigPath } from './services/config-path';
import { createLogger, type Logger } from './services/logger';
import { sumatraPathInResources } from './services/printing/laser/windows';
import { debuggingPolicy, isTrustedSender, userDataDirOverride } from './window/guards';
import { lockDownSession, lockDownWebContents } from './window/lockdown';
import { kioskWindowOptions } from './window/options';
import { APP_SCHEME } from './window/protocol';
import { serveAppAsset } from './window/serve-asset';

/*
 * The Electron composition root: process-wide hardening before `ready`, then
 * the shared core (core/create-core.ts) with Electron's host port, the IPC
 * bridge and the one kiosk window. Decisions live in the core and in pure
 * modules under ./window; this file only wires them.
 */

// dist-electron/main.cjs sits next to preload.cjs, one level under the app root (a folder or app.asar).
const appRoot = join(__dirname, '..');
let devTools = false;
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
  const log = createLogger({ dir: join(app.getPath('userData'), 'logs'), echo: !app.isPackaged });
  silenceErrorDialogs(dialog, log);
  const debugging = debuggingPolicy({
    isPackaged: app.isPackaged,
    argv: process.argv,
    env: process.env,
    hasSwitch: (name) => app.commandLine.hasSwitch(name),
  });
  devTools = debugging.devTools;
  if (debugging.ignored.length > 0) {
    log.warn('kiosk.devtools-refused', { packaged: true, asked: debugging.ignored.join(',') });
  }
  if (debugging.refusedSwitches.length > 0) {
    log.error('kiosk.debug-switch-refused', { switches: debugging.refusedSwitches.join(',') });
    void log.flush().finally(() => app.exit(1));
    return;
  }
  app.enableSandbox();
  app.commandLine.appendSwitch('disable-pinch');
  app.commandLine.appendSwitch('overscroll-history-navigation', '0');
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);

  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, { devTools, log }));
  // Every session, not only the default one: a partition created later gets the same lockdown.
  app.on('session-created', (created) => lockDownSession(created, log));
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
  let win: BrowserWindow | null = null;
  const hostPort = createElectronHostPort({ window: () => win, app, powerSaveBlocker, log });
  const core = await createKioskCore({
    configPath: config.path,
    configExplicit: config.explicit,
    dataDir: app.getPath('userData'),
    host: 'electron',
    appVersion: appVersion(),
    log,
    keyProvider: safeStorageKeyProvider(app.getPath('userData'), log),
    hostPort,
    process,
    ...(process.platform === 'win32' ? { sumatraPdfPath: sumatraPathInResources(process.resourcesPath) } : {}),
  });
  disposeOnQuit(core, log);

  let kioskContentsId: number | null = null;
  registerKioskIpc(ipcMain, core.dispatch, (sender) =>
    isTrustedSender(sender, { expectedWebContentsId: kioskContentsId }),
  );

  const options = kioskWindowOptions({
    preloadPath: join(__dirname, 'preload.cjs'),
    devTools,
    brandBackground: backgroundFor(core.info),
  });
  const kiosk = new BrowserWindow({
    ...options,
    // The isolation flags are restated where the window is built: they win over
    // whatever options.ts returns if it ever regresses, and static checks
    // (electronegativity reads only this call) see them.
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win = kiosk;
  kioskContentsId = kiosk.webContents.id;

  kiosk.once('ready-to-show', () => kiosk.show());
  // Kiosk shells may end the OS session; anything else trying to close the kiosk is refused.
  kiosk.on('session-end', () => {
    quitting = true;
  });
  kiosk.on('close', (event) => {
    if (!quitting) {
      event.preventDefault();
      log.warn('window.close-refused', {});
    }
  });
  app.on('second-instance', () => {
    if (kiosk.isMinimized()) {
      kiosk.restore();
    }
    kiosk.focus();
  });
  // Crashes and hangs are the core's to handle (end the session, back off, out of service).
  forwardWindowEvents(kiosk, core.page, () => quitting);
  hostPort.reload(welcomeRoute);
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
      .catch((error: unknown) =>
        log.error('kiosk.dispose-failed', { error: error instanceof Error ? error.message : String(error) }),
      )
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
