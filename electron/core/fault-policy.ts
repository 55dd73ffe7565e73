import { readFileSync, writeFileSync } from 'node:fs';

export interface FaultPolicyOptions {
  /** Fatal errors within the window that park the kiosk out of service. */
  readonly maxFatalErrors: number;
  readonly windowMinutes: number;
}

/** The fatal errors still inside the window, oldest first (ms since the epoch). */
export function recentFaults(times: readonly number[], nowMs: number, { windowMinutes }: FaultPolicyOptions): number[] {
  return times
    .filter((t) => Number.isFinite(t) && t <= nowMs && nowMs - t < windowMinutes * 60_000)
    .sort((a, b) => a - b);
}

/**
 * After a fatal error of the main process: relaunch, unless there have been
 * `maxFatalErrors` within `windowMinutes` (counting this one), in which case
 * the kiosk stays out of service rather than crash-looping.
 */
export function afterFatal(
  times: readonly number[],
  nowMs: number,
  options: FaultPolicyOptions,
): { readonly times: number[]; readonly decision: 'relaunch' | 'out-of-service' } {
  const recent = [...recentFaults(times, nowMs, options), nowMs];
  return { times: recent, decision: recent.length >= options.maxFatalErrors ? 'out-of-service' : 'relaunch' };
}

/** True when the kiosk must start out of service: the limit was reached and its window has not passed. */
export function parkedAtStart(times: readonly number[], nowMs: number, options: FaultPolicyOptions): boolean {
  return recentFaults(times, nowMs, options).length >= options.maxFatalErrors;
}

/** The record survives the relaunch: a small JSON file in the terminal's data folder. */
export function readFaultTimes(path: string): number[] {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return Array.isArray(parsed) ? parsed.filter((t): t is number => typeof t === 'number').slice(-100) : [];
  } catch {
    return [];
  }
}

export function writeFaultTimes(path: string, times: readonly number[]): void {
  try {
    writeFileSync(path, JSON.stringify(times), { mode: 0o600 });
  } catch {
    // Not being able to count is no reason to stop recovering.
  }
}
