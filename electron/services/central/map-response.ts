import type { ZodType } from 'zod';
import { errorBodySchema } from '../../../shared/contract/central';
import { fail, ok, type ErrorCode, type Result } from '../../../shared/result';
import type { RawResponse, TransportFailure } from './transport';

/** How a central answer becomes a Result: the one place HTTP statuses meet the bridge's error codes. */

export interface Expectation<T> {
  readonly status: number;
  /** Absent for answers without a body (204, some 202). */
  readonly schema?: ZodType<T>;
  /** What a 401 means here when the body does not say: a sign-in says invalid-credentials, the rest session-expired. */
  readonly unauthorized: 'invalid-credentials' | 'session-expired';
}

export function transportFailure(failure: TransportFailure, detail: string): Result<never> {
  return failure === 'too-large'
    ? fail('central-invalid-response', detail)
    : fail('central-unreachable', `${failure}: ${detail}`, { cause: failure });
}

/** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(header: string | undefined, nowMs = Date.now()): number | null {
  if (!header) {
    return null;
  }
  if (/^\d+$/.test(header.trim())) {
    return Number(header.trim());
  }
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

const passThrough: Readonly<Record<string, ErrorCode>> = {
  'terminal-unauthorized': 'terminal-unauthorized',
  'invalid-credentials': 'invalid-credentials',
  'session-expired': 'session-expired',
};

export function mapResponse<T>(res: RawResponse, expect: Expectation<T>): Result<T> {
  const json = res.body.length > 0 ? parseJson(res.body) : undefined;
  if (res.status === expect.status) {
    if (!expect.schema) {
      return ok(undefined as T);
    }
    const parsed = expect.schema.safeParse(json);
    return parsed.success
      ? ok(parsed.data)
      : fail(
          'central-invalid-response',
          `response does not match the contract (${parsed.error.issues.length} issue(s))`,
          {
            paths: parsed.error.issues.slice(0, 5).map((i) => i.path.map(String).join('.')),
          },
        );
  }
  const error = errorBodySchema.safeParse(json);
  const code = error.success ? error.data.error.code : null;
  const message = error.success ? error.data.error.message : `HTTP ${res.status}`;
  const details: Record<string, unknown> = {
    status: res.status,
    ...(code ? { centralCode: code } : {}),
    ...(error.success ? error.data.error.details : {}),
  };
  switch (true) {
    case res.status >= 500:
      return fail('central-error', message, details);
    case res.status === 401:
      return fail((code && passThrough[code]) || expect.unauthorized, message, details);
    case res.status === 403:
      // A limited (temporary-credential) session, or the wrong role.
      return fail(code === 'pin-change-required' ? 'pin-change-required' : 'forbidden', message, details);
    case res.status === 423:
      return fail('account-locked', message, details);
    case res.status === 429:
      return fail('rate-limited', message, {
        ...details,
        retryAfterSeconds:
          retryAfterSeconds(res.headers['retry-after']) ??
          (typeof details.retryAfterSeconds === 'number' ? details.retryAfterSeconds : 60),
      });
    case res.status === 422 && code === 'pin-rejected':
      return fail('pin-rejected', message, details);
    case res.status === 404:
      return fail('not-found', message, details);
    case res.status === 400 || res.status === 413 || res.status === 422:
      return fail('invalid-input', message, details);
    default:
      return fail('central-invalid-response', `unexpected HTTP ${res.status}`, details);
  }
}
