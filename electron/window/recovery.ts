import type { RenderProcessGoneDetails } from 'electron';
import type { Logger } from '../services/logger';
import { crashReloadPolicy, defaultCrashPolicy, initialCrashState, type CrashPolicyOptions } from './crash-policy';

/** The parts of BrowserWindow / WebContents recovery listens to; structural so a test can drive it with plain emitters. */
export interface RecoverableWindow {
  on(event: 'unresponsive', listener: () => void): unknown;
  on(event: 'responsive', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  readonly webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>) => void): unknown;
    forcefullyCrashRenderer(): void;
  };
}

export interface RecoveryOptions {
  readonly log: Logger;
  /** Load the welcome screen afresh (not reload(): the hash route may be the broken screen). */
  readonly loadWelcome: () => void;
  readonly loadOutOfService: () => void;
  /** A quitting app also loses its renderer; that is not a crash. */
  readonly isQuitting: () => boolean;
  /** How long a hung renderer gets to recover on its own before it is killed. */
  readonly hangGraceMs?: number;
  readonly policy?: CrashPolicyOptions;
  readonly now?: () => number;
}

/**
 * A crashed renderer goes back to the welcome screen (with the crash-loop
 * guard); a hung one gets a grace period, then is killed, which Electron
 * reports as render-process-gone, so hangs and crashes share the guard.
 */
export function watchRenderer(win: RecoverableWindow, options: RecoveryOptions): void {
  const { log, loadWelcome, loadOutOfService, isQuitting, hangGraceMs = 5_000, policy = defaultCrashPolicy, now = Date.now } = options;
  let state = initialCrashState;
  let hangTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: ReturnType<typeof setTimeout>[] = [];

  const later = (ms: number, action: () => void): void => {
    pending.push(setTimeout(action, ms));
  };
  const cancelPending = (): void => {
    pending.forEach(clearTimeout);
    pending = [];
  };
  const clearHang = (): void => {
    clearTimeout(hangTimer);
    hangTimer = undefined;
  };

  win.webContents.on('render-process-gone', (_event, details) => {
    clearHang();
    if (isQuitting()) {
      return;
    }
    const step = crashReloadPolicy(state, now(), policy);
    state = step.state;
    log.error('window.renderer-gone', { reason: details.reason, exitCode: details.exitCode, next: step.decision.kind, delayMs: step.decision.delayMs });
    cancelPending();
    if (step.decision.kind === 'reload') {
      later(step.decision.delayMs, loadWelcome);
    } else {
      later(step.decision.delayMs, loadOutOfService);
      later(step.decision.delayMs + step.decision.retryInMs, loadWelcome);
    }
  });

  win.on('unresponsive', () => {
    if (hangTimer !== undefined) {
      return;
    }
    log.warn('window.unresponsive', { graceMs: hangGraceMs });
    hangTimer = setTimeout(() => {
      hangTimer = undefined;
      log.error('window.hung-killed', {});
      win.webContents.forcefullyCrashRenderer();
    }, hangGraceMs);
  });
  win.on('responsive', () => {
    if (hangTimer !== undefined) {
      log.info('window.responsive-again', {});
    }
    clearHang();
  });
  win.on('closed', () => {
    clearHang();
    cancelPending();
  });
}
