import type { Dialog } from 'electron';
import type { Logger } from '../services/logger';

/**
 * Electron shows a native error box for a main-process exception nobody
 * catches, and code may call `dialog.showErrorBox` itself: on a kiosk either
 * is a dead screen and an escape route. The core listens on
 * `uncaughtException` (so Electron's own box never comes), and this makes
 * every other error box a log line.
 */
export function silenceErrorDialogs(dialog: Pick<Dialog, 'showErrorBox'>, log: Logger): void {
  dialog.showErrorBox = (title: string) => {
    log.error('window.error-dialog-suppressed', { title: title.slice(0, 120) });
  };
}
