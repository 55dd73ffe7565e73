import { signedOutRoute, welcomeRoute } from '../../shared/contract/page-routes';
import type { KioskLocale, SignOutReason } from '../../shared/contract/values';
import type { Logger } from '../services/logger';
import { systemClock, type Clock } from '../services/session';
import { crashReloadPolicy, defaultCrashPolicy, initialCrashState, type CrashPolicyOptions } from './crash-policy';
import type { HostPort } from './host-port';

export interface PageLifecycleOptions {
  readonly host: HostPort;
  readonly log: Logger;
  /** Ends the member's session, if one is open; true when there was one (the session manager's `end`). */
  readonly endSession: (reason: SignOutReason) => boolean;
  readonly clock?: Clock;
  /**
   * How long the page gets, after being told its session ended, to record
   * the audit and ask for its wipe; after that the core wipes and reloads it
   * anyway (a hung page, a lost event). The page waits at most 1.5 s for the
   * audit, so this leaves room.
   */
  readonly pageAckMs?: number;
  /** How long a hung page gets to recover on its own before it is killed. */
  readonly hangGraceMs?: number;
  readonly crashPolicy?: CrashPolicyOptions;
}

/** What a host reports about its page; the decisions are the core's. */
export interface PageEvents {
  /** The renderer is gone (crashed, killed, out of memory). */
  readonly gone: (details: { readonly reason: string; readonly exitCode: number }) => void;
  readonly unresponsive: () => void;
  readonly responsive: () => void;
}

export interface PageLifecycle extends PageEvents {
  /** A session ended in the core, whatever ended it: tell the page, and wipe it ourselves if it does not ask in time. */
  readonly sessionEnded: (reason: SignOutReason) => void;
  /** The page recorded the end and asks to be wiped (auth.signOut): clear its data and reload it on the advice screen. */
  /** The page recorded its end and asks for the wipe; `locale` is the member's language for the advice screen. */
  readonly wipeRequested: (reason: SignOutReason, locale?: KioskLocale) => Promise<void>;
  readonly dispose: () => void;
}

/**
 * The one owner of what happens to the page when a session ends or the
 * page dies, written once for both hosts against the host port:
 *
 * session ended (button, idle, max time, centre said expired/locked, PIN
 * created) → `session-ended` to the page → the page enqueues its audit and
 * calls auth.signOut → clear the page's data → reload on the advice screen.
 * A page that does not answer within `pageAckMs` is wiped and reloaded all
 * the same. A crashed page ends the session and is reloaded with back-off;
 * a crash loop parks on the out-of-service page.
 */
export function createPageLifecycle(options: PageLifecycleOptions): PageLifecycle {
  const {
    host,
    log,
    endSession,
    clock = systemClock,
    pageAckMs = 5_000,
    hangGraceMs = 5_000,
    crashPolicy = defaultCrashPolicy,
  } = options;
  let pending: { readonly reason: SignOutReason; readonly timer: unknown } | null = null;
  let pageDown = false;
  let disposed = false;
  let crashState = initialCrashState;
  let hangTimer: unknown = null;
  let crashTimers: unknown[] = [];

  const clearPending = (): SignOutReason | null => {
    if (!pending) {
      return null;
    }
    clock.clearTimeout(pending.timer);
    const { reason } = pending;
    pending = null;
    return reason;
  };
  const clearHang = (): void => {
    if (hangTimer !== null) {
      clock.clearTimeout(hangTimer);
      hangTimer = null;
    }
  };
  const later = (ms: number, action: () => void): void => {
    crashTimers.push(clock.setTimeout(action, ms));
  };
  const cancelCrashTimers = (): void => {
    crashTimers.forEach((t) => clock.clearTimeout(t));
    crashTimers = [];
  };

  async function wipeAndReload(reason: SignOutReason, locale?: KioskLocale): Promise<void> {
    try {
      await host.clearPageData();
    } catch (error) {
      log.error('page.clear-failed', { error: error instanceof Error ? error.message : String(error) });
    }
    if (!disposed) {
      host.reload(signedOutRoute(reason, locale));
    }
  }

  return {
    sessionEnded(reason) {
      if (disposed || pageDown) {
        return;
      }
      const previous = clearPending();
      const timer = clock.setTimeout(() => {
        const late = clearPending();
        if (late) {
          log.warn('page.wipe-backstop', { reason: late });
          void wipeAndReload(late);
        }
      }, pageAckMs);
      pending = { reason: previous ?? reason, timer };
      host.send('session-ended', { reason });
    },

    wipeRequested(reason, locale) {
      // The core's own reason wins: the page may only have seen an "expired" answer.
      return wipeAndReload(clearPending() ?? reason, locale);
    },

    gone(details) {
      clearHang();
      if (disposed) {
        return;
      }
      clearPending();
      pageDown = true;
      const hadSession = endSession('renderer-gone');
      pageDown = false;
      const step = crashReloadPolicy(crashState, clock.now(), crashPolicy);
      crashState = step.state;
      log.error('page.gone', {
        reason: details.reason,
        exitCode: details.exitCode,
        next: step.decision.kind,
        delayMs: step.decision.delayMs,
      });
      cancelCrashTimers();
      const reload = (): void => {
        if (hadSession) {
          void wipeAndReload('renderer-gone');
        } else {
          host.reload(welcomeRoute);
        }
      };
      if (step.decision.kind === 'reload') {
        later(step.decision.delayMs, reload);
      } else {
        later(step.decision.delayMs, () => host.showOutOfService());
        later(step.decision.delayMs + step.decision.retryInMs, reload);
      }
    },

    unresponsive() {
      if (hangTimer !== null || disposed) {
        return;
      }
      log.warn('page.unresponsive', { graceMs: hangGraceMs });
      hangTimer = clock.setTimeout(() => {
        hangTimer = null;
        log.error('page.hung-killed', {});
        host.killPage();
      }, hangGraceMs);
    },

    responsive() {
      if (hangTimer !== null) {
        log.info('page.responsive-again', {});
      }
      clearHang();
    },

    dispose() {
      disposed = true;
      clearPending();
      clearHang();
      cancelCrashTimers();
    },
  };
}
