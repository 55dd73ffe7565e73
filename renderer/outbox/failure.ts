import type { KioskError } from '../../shared/result';

/** How the worker reacts to a failed `sync.push`. */
export type PushFailureKind = 'unreachable' | 'retry';

/**
 * A connection that could not be made (refused, reset, no route, connect
 * timeout) means the centre is away: pause and probe. Anything else (5xx,
 * 429, a request that timed out on a slow centre, a bridge hiccup) is retried
 * with backoff, because the centre is there and must not be hammered.
 */
export function classifyPushFailure(error: KioskError): PushFailureKind {
  if (error.code !== 'central-unreachable') {
    return 'retry';
  }
  const cause = error.details?.cause;
  return cause === 'network' || cause === 'connect-timeout' ? 'unreachable' : 'retry';
}

export function retryAfterMs(error: KioskError): number | null {
  const seconds = error.details?.retryAfterSeconds;
  return error.code === 'rate-limited' && typeof seconds === 'number' && seconds >= 0 ? seconds * 1000 : null;
}

/** "central-error: HTTP 500": code and the technical message, trimmed; never payload data. */
export function describeError(error: KioskError): string {
  return `${error.code}: ${error.message}`.slice(0, 300);
}
