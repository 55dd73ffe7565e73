/**
 * Retry delays for the outbox: capped exponential backoff with full jitter
 * (a uniformly random delay between 0 and the ceiling), so that terminals
 * coming back after an outage of the centre do not all retry in step. A
 * Retry-After from the centre is a floor: it is never retried sooner.
 */

export interface BackoffPolicy {
  readonly baseMs: number;
  readonly capMs: number;
}

export const outboxBackoff: BackoffPolicy = { baseMs: 1_000, capMs: 5 * 60_000 };

/** The largest delay for the n-th consecutive failure (n ≥ 1): base·2^(n−1), at most the cap. */
export function backoffCeilingMs(attempt: number, policy: BackoffPolicy = outboxBackoff): number {
  const n = Math.max(1, Math.floor(attempt));
  // 2^30 already exceeds any sane cap; stop there so the power cannot overflow to Infinity.
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(n - 1, 30));
}

/**
 * The delay before the next try after the n-th consecutive failure.
 * `random` returns [0, 1) (Math.random by default; injected in tests).
 */
export function backoffDelayMs(
  attempt: number,
  options: {
    readonly retryAfterMs?: number | null;
    readonly random?: () => number;
    readonly policy?: BackoffPolicy;
  } = {},
): number {
  const random = options.random ?? Math.random;
  const jittered = Math.floor(random() * backoffCeilingMs(attempt, options.policy));
  return Math.max(jittered, options.retryAfterMs ?? 0);
}
