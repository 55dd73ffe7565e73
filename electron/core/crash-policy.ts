export interface CrashPolicyOptions {
  /** Reloads allowed within `windowMs`; one more crash shows the out-of-service page. */
  readonly maxReloads: number;
  readonly windowMs: number;
  /** First reload delay; doubles with each crash in the window, capped at `maxDelayMs`. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** How long the out-of-service page stays before the welcome screen is tried again. */
  readonly outOfServiceRetryMs: number;
}

export const defaultCrashPolicy: CrashPolicyOptions = {
  maxReloads: 3,
  windowMs: 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 15_000,
  outOfServiceRetryMs: 5 * 60_000,
};

export interface CrashPolicyState {
  /** Times (ms) of the crashes still inside the window. */
  readonly recent: readonly number[];
}

export const initialCrashState: CrashPolicyState = { recent: [] };

export type CrashDecision =
  | { readonly kind: 'reload'; readonly delayMs: number }
  | { readonly kind: 'out-of-service'; readonly delayMs: number; readonly retryInMs: number };

/**
 * What to do after the renderer died at `nowMs`. A kiosk must recover on its
 * own, but a renderer that dies on every load (bad GPU driver, corrupt build)
 * must not spin the CPU forever: back off, then park on a static page and try
 * again much later.
 */
export function crashReloadPolicy(
  state: CrashPolicyState,
  nowMs: number,
  options: CrashPolicyOptions = defaultCrashPolicy,
): { readonly state: CrashPolicyState; readonly decision: CrashDecision } {
  const recent = [...state.recent.filter((t) => nowMs - t < options.windowMs), nowMs];
  const next = { recent };
  if (recent.length > options.maxReloads) {
    // The out-of-service page crashing too (GPU gone) must not become a tight loop either.
    const delayMs = recent.length > options.maxReloads + 1 ? options.maxDelayMs : 0;
    return { state: next, decision: { kind: 'out-of-service', delayMs, retryInMs: options.outOfServiceRetryMs } };
  }
  const delayMs = Math.min(options.baseDelayMs * 2 ** (recent.length - 1), options.maxDelayMs);
  return { state: next, decision: { kind: 'reload', delayMs } };
}
