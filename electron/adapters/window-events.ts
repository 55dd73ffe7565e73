import type { RenderProcessGoneDetails } from 'electron';
import type { PageEvents } from '../core/page-lifecycle';

/** The BrowserWindow events the core wants to hear about; structural so a test drives them with plain emitters. */
export interface WatchedWindow {
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  readonly webContents: {
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>) => void,
    ): unknown;
  };
}

/**
 * Translates the window's crash and hang events into the core's page events.
 * A quitting app also loses its renderer: that is not a crash.
 */
export function forwardWindowEvents(win: WatchedWindow, page: PageEvents, isQuitting: () => boolean): void {
  win.webContents.on('render-process-gone', (_event, details) => {
    if (!isQuitting()) {
      page.gone({ reason: details.reason, exitCode: details.exitCode });
    }
  });
  win.on('unresponsive', () => page.unresponsive());
  win.on('responsive', () => page.responsive());
}
