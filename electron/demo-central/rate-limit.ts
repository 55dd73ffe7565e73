/**
 * Sliding-window limit of sign-in attempts per terminal: the kiosk's answer
 * to a CAPTCHA, on top of the per-member lockout.
 */
export interface RateLimiter {
  /** Records an attempt; returns 0 when allowed, else the seconds to wait. */
  hit(key: string): number;
}

export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const hits = new Map<string, number[]>();
  return {
    hit(key) {
      const t = now();
      const recent = (hits.get(key) ?? []).filter((h) => h > t - windowMs);
      if (recent.length >= limit) {
        hits.set(key, recent);
        return Math.max(1, Math.ceil(((recent[0] ?? t) + windowMs - t) / 1000));
      }
      recent.push(t);
      hits.set(key, recent);
      return 0;
    },
  };
}
