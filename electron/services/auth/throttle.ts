/**
 * A kiosk has no CAPTCHA: after failed sign-ins this terminal makes the next
 * attempt wait, growing with each consecutive failure (0, 2, 4, 8, 16, 30 s).
 * The centre counts failures per member and locks; this slows a person
 * working through many documents at one terminal.
 */
export function delayAfterFailures(consecutiveFailures: number): number {
  if (consecutiveFailures <= 1) {
    return 0;
  }
  return Math.min(30, 2 ** (consecutiveFailures - 1));
}

export interface SignInThrottle {
  /** Seconds to wait before another attempt is allowed (0 = now). */
  waitSeconds(): number;
  recordFailure(): void;
  recordSuccess(): void;
}

export function createSignInThrottle(now: () => number = Date.now): SignInThrottle {
  let failures = 0;
  let nextAllowedAt = 0;
  return {
    waitSeconds: () => Math.max(0, Math.ceil((nextAllowedAt - now()) / 1000)),
    recordFailure: () => {
      failures += 1;
      nextAllowedAt = now() + delayAfterFailures(failures) * 1000;
    },
    recordSuccess: () => {
      failures = 0;
      nextAllowedAt = 0;
    },
  };
}
