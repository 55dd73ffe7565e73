import type { SessionInfo, SignedInMember, SignOutReason } from '../../shared/contract/kiosk-api';
import type { SessionTimings } from '../../shared/config/terminal-config';

/** Timers behind an interface so tests drive them with fake time. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Held in main only: the renderer never sees the token or the full document number. */
export interface MemberSession {
  readonly token: string;
  readonly member: SignedInMember;
  /** The typed document number, kept in memory for the PIN rules ("not your document's digits"). */
  readonly docNumber: string;
  mustChangePin: boolean;
  readonly startedAt: number;
  readonly endsAt: number;
}

export interface SessionManager {
  begin(session: Omit<MemberSession, 'startedAt' | 'endsAt'>): MemberSession;
  current(): MemberSession | null;
  /** The member is active: push back main's own idle limit. */
  touch(): void;
  /** Ends the session (no-op without one) and tells the listener once. */
  end(reason: SignOutReason): MemberSession | null;
  info(session: MemberSession): SessionInfo;
}

/**
 * Main's side of the session: the maximum session time is enforced here,
 * whatever the page does, and an idle backstop ends a session whose page
 * stopped reporting activity (a hung or closed renderer). The page's own
 * inactivity guard (with its warning) normally acts first.
 */
export function createSessionManager(options: {
  readonly timings: SessionTimings;
  readonly clock?: Clock;
  /** Slack after the page's idle limit before main acts on its own. */
  readonly idleGraceMs?: number;
  /** `notifyPage` is false when a new sign-in replaced a forgotten session: the page is already on to the next member. */
  readonly onEnded: (session: MemberSession, reason: SignOutReason, notifyPage: boolean) => void;
}): SessionManager {
  const { timings, clock = systemClock, idleGraceMs = 15_000, onEnded } = options;
  let active: MemberSession | null = null;
  let maxTimer: unknown = null;
  let idleTimer: unknown = null;

  const clearTimers = (): void => {
    if (maxTimer !== null) {
      clock.clearTimeout(maxTimer);
    }
    if (idleTimer !== null) {
      clock.clearTimeout(idleTimer);
    }
    maxTimer = idleTimer = null;
  };
  const armIdle = (): void => {
    if (idleTimer !== null) {
      clock.clearTimeout(idleTimer);
    }
    idleTimer = clock.setTimeout(() => manager.end('idle'), timings.idleSeconds * 1000 + idleGraceMs);
  };

  const finish = (reason: SignOutReason, notifyPage: boolean): MemberSession | null => {
    const ended = active;
    if (!ended) {
      return null;
    }
    active = null;
    clearTimers();
    onEnded(ended, reason, notifyPage);
    return ended;
  };

  const manager: SessionManager = {
    begin(session) {
      finish('button', false);
      const startedAt = clock.now();
      const maxMs = Math.round(timings.maxSessionMinutes * 60_000);
      active = { ...session, startedAt, endsAt: startedAt + maxMs };
      maxTimer = clock.setTimeout(() => manager.end('max-time'), maxMs);
      armIdle();
      return active;
    },
    current: () => active,
    touch() {
      if (active) {
        armIdle();
      }
    },
    end: (reason) => finish(reason, true),
    info: (session) => ({
      member: session.member,
      mustChangePin: session.mustChangePin,
      startedAt: new Date(session.startedAt).toISOString(),
      endsAt: new Date(session.endsAt).toISOString(),
    }),
  };
  return manager;
}
