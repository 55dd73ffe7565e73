import { onScopeDispose, readonly, ref, type Ref } from 'vue';
import type { SystemInfo } from '../../shared/contract/kiosk-api';
import { useTerminalStore } from '../stores/terminal';
import { useCountdown } from './useCountdown';

export type InactivityTimings = Pick<SystemInfo['session'], 'idleSeconds' | 'warningSeconds'>;

/** Member-kiosk defaults, for a terminal whose info has not loaded (it always has by the time a member signs in). */
export const defaultInactivityTimings: InactivityTimings = { idleSeconds: 90, warningSeconds: 30 };

/** Main's idle backstop needs to hear from the page, but not on every tap. */
export const KEEP_ALIVE_INTERVAL_MS = 15_000;

const activityEvents = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export interface InactivityOptions {
  /** Defaults to the terminal's configured session timings. */
  readonly timings?: InactivityTimings;
  /** The warning ran out: sign the member out. */
  readonly onTimeout: () => void;
  /** The member is active; called at most once per `keepAliveIntervalMs`. */
  readonly onActive?: () => void;
  readonly keepAliveIntervalMs?: number;
  /** Where activity is listened for. */
  readonly target?: EventTarget;
}

export interface Inactivity {
  /** The "¿Necesita más tiempo?" warning is showing. */
  readonly warning: Readonly<Ref<boolean>>;
  /** Seconds left on the warning. */
  readonly remaining: Readonly<Ref<number>>;
  /** Warning seconds at the moment it opened (for the first announcement). */
  readonly warningSeconds: number;
  /** "Sí, continuar": close the warning and start over. */
  readonly extend: () => void;
}

/**
 * The inactivity guard. Any tap, touch or key resets it; after
 * `idleSeconds - warningSeconds` of quiet the warning opens with a countdown
 * of `warningSeconds`, and at 0 `onTimeout` runs. While the warning shows,
 * only `extend()` (its button) counts: a stray touch on the backdrop must not
 * keep an abandoned session open.
 *
 * Keep-alive is throttled with a trailing call, so main always hears of the
 * last activity within the interval and its backstop (15 s after the page's
 * own limit) never fires first.
 */
export function useInactivity(options: InactivityOptions): Inactivity {
  const terminal = useTerminalStore();
  const timings = options.timings ?? terminal.info?.session ?? defaultInactivityTimings;
  const warningSeconds = Math.max(0, Math.min(timings.warningSeconds, timings.idleSeconds));
  const quietMs = Math.max(0, timings.idleSeconds - warningSeconds) * 1000;
  const keepAliveMs = options.keepAliveIntervalMs ?? KEEP_ALIVE_INTERVAL_MS;
  const target = options.target ?? window;

  const warning = ref(false);
  let finished = false;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let trailingKeepAlive: ReturnType<typeof setTimeout> | undefined;
  let lastKeepAlive = Number.NEGATIVE_INFINITY;

  const countdown = useCountdown(() => {
    finished = true;
    options.onTimeout();
  });

  function openWarning(): void {
    warning.value = true;
    if (warningSeconds === 0) {
      finished = true;
      options.onTimeout();
      return;
    }
    countdown.start(warningSeconds);
  }

  function armQuietTimer(): void {
    clearTimeout(quietTimer);
    quietTimer = setTimeout(openWarning, quietMs);
  }

  function sendKeepAlive(): void {
    lastKeepAlive = Date.now();
    options.onActive?.();
  }

  function reportActive(): void {
    if (!options.onActive || trailingKeepAlive !== undefined) {
      return;
    }
    const wait = lastKeepAlive + keepAliveMs - Date.now();
    if (wait <= 0) {
      sendKeepAlive();
    } else {
      trailingKeepAlive = setTimeout(() => {
        trailingKeepAlive = undefined;
        if (!finished) {
          sendKeepAlive();
        }
      }, wait);
    }
  }

  function onActivity(): void {
    if (finished || warning.value) {
      return;
    }
    armQuietTimer();
    reportActive();
  }

  function extend(): void {
    if (finished) {
      return;
    }
    countdown.stop();
    warning.value = false;
    armQuietTimer();
    reportActive();
  }

  for (const name of activityEvents) {
    target.addEventListener(name, onActivity, { capture: true, passive: true });
  }
  armQuietTimer();

  onScopeDispose(() => {
    finished = true;
    clearTimeout(quietTimer);
    clearTimeout(trailingKeepAlive);
    for (const name of activityEvents) {
      target.removeEventListener(name, onActivity, { capture: true });
    }
  });

  return { warning: readonly(warning), remaining: countdown.remaining, warningSeconds, extend };
}
