import type { App, BrowserWindow, PowerSaveBlocker, Session, WebContents } from 'electron';
import { eventChannel } from '../../shared/contract/kiosk-client';
import type { HostPort } from '../core/host-port';
import type { Logger } from '../services/logger';
import { APP_ENTRY_URL } from '../window/protocol';
import { outOfServiceDataUrl } from '../window/out-of-service';
import { wipeMemberTraces } from '../window/lockdown';

/** The parts of the kiosk window the host port touches; a test hands in a recording fake. */
export type KioskWindowLike = Pick<BrowserWindow, 'loadURL' | 'isDestroyed'> & {
  readonly webContents: Pick<WebContents, 'send' | 'forcefullyCrashRenderer' | 'isDestroyed'> & {
    readonly session: Pick<Session, 'clearCache' | 'clearStorageData'>;
  };
};

export interface ElectronHostDeps {
  /** The kiosk window once it exists (the core is built before it). */
  readonly window: () => KioskWindowLike | null;
  readonly app: Pick<App, 'quit' | 'relaunch' | 'exit'>;
  readonly powerSaveBlocker: Pick<PowerSaveBlocker, 'start'>;
  readonly log: Logger;
}

/**
 * The host port under Electron: events go to the page over IPC (the preload
 * relays `event:<name>` to `window.kiosk.on`), reloads are `loadURL` on the
 * app:// origin (never `reload()`: the current hash route may be the broken
 * screen), and the page's data is the window session's.
 */
export function createElectronHostPort({ window, app, powerSaveBlocker, log }: ElectronHostDeps): HostPort {
  const live = (): KioskWindowLike | null => {
    const win = window();
    return win && !win.isDestroyed() && !win.webContents.isDestroyed() ? win : null;
  };
  const load = (url: string): void => {
    live()
      ?.loadURL(url)
      .catch((error: unknown) =>
        log.warn('window.load-failed', { error: error instanceof Error ? error.message : String(error) }),
      );
  };
  return {
    send(event, payload) {
      live()?.webContents.send(eventChannel(event), payload);
    },
    reload(route) {
      load(`${APP_ENTRY_URL}#${route}`);
    },
    async clearPageData() {
      const win = live();
      if (win) {
        await wipeMemberTraces(win.webContents.session);
      }
    },
    showOutOfService() {
      load(outOfServiceDataUrl());
    },
    killPage() {
      live()?.webContents.forcefullyCrashRenderer();
    },
    keepDisplayAwake() {
      powerSaveBlocker.start('prevent-display-sleep');
    },
    relaunch() {
      // exit(), not quit(): a process that hit an uncaught exception is not trusted to run its quit handlers.
      app.relaunch();
      app.exit(0);
    },
    quit() {
      app.quit();
    },
  };
}
