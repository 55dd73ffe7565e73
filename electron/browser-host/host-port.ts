import type { ServerResponse } from 'node:http';
import type { HostPort } from '../core/host-port';
import type { Logger } from '../services/logger';

/** The browser host's side of the page: its event streams, and what the next response must tell Chromium. */
export interface BrowserHostPort extends HostPort {
  /** A page opened its server-sent event stream (GET /events). */
  attach(stream: ServerResponse): void;
  /** True once per clearPageData(): the next response carries Clear-Site-Data. */
  takeClearSiteData(): boolean;
  /** Streams open now (pages connected). */
  readonly connected: () => number;
}

export interface BrowserHostPortOptions {
  readonly log: Logger;
  /** Ends the browser host (IT's "leave kiosk mode"). */
  readonly quit: () => void;
  /** Builds the core afresh in this process (there is no window to restart; the page then reloads). */
  readonly relaunch: () => void;
  /**
   * The page lost its stream and did not come back (tab crashed, browser
   * killed): reported to the core as a gone page after `lostAfterMs`.
   */
  readonly onPageLost?: () => void;
  readonly lostAfterMs?: number;
  /** How long a reload nobody heard waits for the page to reconnect. */
  readonly pendingReloadMs?: number;
  readonly now?: () => number;
}

/**
 * The host port of the browser host. There is no window to drive, so every
 * action goes to the page over server-sent events: `session-ended` as in
 * Electron, and `reload`, which the page's bridge client carries out
 * (location.replace + reload). HTTP cache and cookies are dropped with
 * Clear-Site-Data on the next response (never "storage": the outbox lives in
 * IndexedDB); Web Storage and Cache Storage are cleared by the page itself
 * before it asks for the wipe.
 */
export function createBrowserHostPort({
  log,
  quit,
  relaunch,
  onPageLost,
  lostAfterMs = 5_000,
  pendingReloadMs = 10_000,
  now = Date.now,
}: BrowserHostPortOptions): BrowserHostPort {
  const streams = new Set<ServerResponse>();
  let clearPending = false;
  /**
   * A reload asked for while no page listened (the page was itself reloading, e.g. between two relaunches):
   * told to the page that connects within `pendingReloadMs`, which is that page coming back.
   */
  let reloadPending: { readonly route: string; readonly at: number } | null = null;
  let lostTimer: ReturnType<typeof setTimeout> | undefined;

  const write = (event: string, payload: unknown): void => {
    for (const stream of streams) {
      stream.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    }
  };

  return {
    attach(stream) {
      clearTimeout(lostTimer);
      streams.add(stream);
      stream.write(': connected\n\n');
      if (reloadPending !== null && now() - reloadPending.at <= pendingReloadMs) {
        stream.write(`event: reload\ndata: ${JSON.stringify({ route: reloadPending.route })}\n\n`);
      }
      reloadPending = null;
      stream.on('close', () => {
        streams.delete(stream);
        if (streams.size === 0 && onPageLost) {
          // A reload reconnects within a moment; a page that stays away is gone.
          lostTimer = setTimeout(onPageLost, lostAfterMs);
          lostTimer.unref();
        }
      });
    },
    takeClearSiteData() {
      const pending = clearPending;
      clearPending = false;
      return pending;
    },
    connected: () => streams.size,
    send(event, payload) {
      write(event, payload);
    },
    reload(route) {
      if (streams.size === 0) {
        reloadPending = { route, at: now() };
        return;
      }
      write('reload', { route });
    },
    clearPageData() {
      clearPending = true;
      return Promise.resolve();
    },
    showOutOfService() {
      // The core parks a page only after it was lost (below): there is no page here to show it to.
      log.warn('host.out-of-service-without-page', {});
    },
    killPage() {
      // Nothing to kill from here: Chromium owns the tab. The idle backstop still ends the session.
      log.warn('host.kill-page-unsupported', {});
    },
    keepDisplayAwake() {
      // The development host leaves the display to the OS.
    },
    relaunch,
    quit,
  };
}
