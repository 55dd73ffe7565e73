/**
 * How every bridge call and central call answers: a value or a typed error.
 * The renderer turns `code` into a Spanish sentence; `message` is for IT and
 * the log and never holds personal data.
 */
export const errorCodes = [
  /** The input did not match the method's schema. */
  'invalid-input',
  /** The call came from a frame that is not the kiosk's own page. */
  'forbidden-sender',
  /** No such method on the bridge. */
  'unknown-method',
  /** The terminal configuration is invalid; the kiosk is out of service. */
  'config-invalid',
  /** The central system could not be reached (network, timeout). */
  'central-unreachable',
  /** The central system answered with something the contract does not allow. */
  'central-invalid-response',
  /** The central system refused the terminal credential. */
  'terminal-unauthorized',
  /** The central system failed (5xx). */
  'central-error',
  /** The central system asks to slow down. */
  'rate-limited',
  /** There is no signed-in session, or it expired. */
  'session-expired',
  /** The session may only set a new PIN (after a temporary credential). */
  'pin-change-required',
  /** The signed-in person may not do this (e.g. a member calling a staff action). */
  'forbidden',
  /** Wrong document or PIN: one message for both. */
  'invalid-credentials',
  /** The member is locked: go to a teller. */
  'account-locked',
  /** The new PIN breaks a rule. */
  'pin-rejected',
  /** The requested thing does not exist. */
  'not-found',
  /** A printer is missing, offline or out of paper. */
  'printer-unavailable',
  /** The job did not come out. */
  'print-failed',
  /** The laser statement is longer than this terminal prints (`details.pages`, `details.maxPages`): offer e-mail. */
  'too-many-pages',
  /** Anything else: a bug. */
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface KioskError {
  readonly code: ErrorCode;
  /** Precise, technical, free of personal data: for the log and the maintenance screen. */
  readonly message: string;
  /** Extra machine-readable detail (e.g. field paths, retry-after seconds). */
  readonly details?: Readonly<Record<string, unknown>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: KioskError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: Record<string, unknown>): Result<never> {
  return details === undefined
    ? { ok: false, error: { code, message } }
    : { ok: false, error: { code, message, details } };
}
