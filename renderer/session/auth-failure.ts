import type { PinRejection } from '../../shared/domain/pin-rules';
import type { ErrorCode, KioskError } from '../../shared/result';

/** Why the centre or main refused a new PIN: the shared rules plus "same as the current one". */
export type PinRejectionReason = PinRejection | 'same';

const pinRejectionReasons: readonly PinRejectionReason[] = [
  'format',
  'common',
  'birth-date',
  'document',
  'mismatch',
  'same',
];

/** The i18n key of the one sentence the member reads for a failure. */
export type AuthMessageKey =
  | 'auth.errors.invalidCredentials'
  | 'auth.errors.wrongCurrentPin'
  | 'auth.errors.accountLocked'
  | 'auth.errors.rateLimited'
  | 'auth.errors.unavailable'
  | 'auth.errors.sessionExpired'
  | 'auth.errors.unexpected'
  | `auth.pinRejected.${PinRejectionReason}`;

/** A refused auth call, reduced to what a screen needs. */
export interface AuthFailure {
  readonly code: ErrorCode;
  readonly messageKey: AuthMessageKey;
  /** Seconds before the next attempt is allowed (the terminal's growing delay); 0 = now. */
  readonly retryAfterSeconds: number;
  /** Tries left before the centre locks the account, said from the third failure on; null = not to be said. */
  readonly attemptsRemaining: number | null;
}

/** From this many tries left (the third failure of five) the screen says how many remain before the lock. */
export const attemptsWarningFrom = 2;

/** Which action failed: a wrong PIN means something different on sign-in and on "Cambiar clave". */
export type AuthAction = 'sign-in' | 'create-pin' | 'change-pin' | 'forgot-pin';

function retryAfter(error: KioskError): number {
  const seconds = error.details?.['retryAfterSeconds'];
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 0;
}

function attemptsRemaining(error: KioskError): number | null {
  const left = error.details?.['attemptsRemaining'];
  return error.code === 'invalid-credentials' &&
    typeof left === 'number' &&
    Number.isInteger(left) &&
    left > 0 &&
    left <= attemptsWarningFrom
    ? left
    : null;
}

function pinRejectionKey(error: KioskError): AuthMessageKey {
  const reason = error.details?.['reason'];
  return pinRejectionReasons.includes(reason as PinRejectionReason)
    ? `auth.pinRejected.${reason as PinRejectionReason}`
    : 'auth.errors.unexpected';
}

function messageKey(error: KioskError, action: AuthAction): AuthMessageKey {
  switch (error.code) {
    case 'invalid-credentials':
      return action === 'change-pin' ? 'auth.errors.wrongCurrentPin' : 'auth.errors.invalidCredentials';
    case 'account-locked':
      return 'auth.errors.accountLocked';
    case 'rate-limited':
      return 'auth.errors.rateLimited';
    case 'pin-rejected':
      return pinRejectionKey(error);
    case 'central-unreachable':
    case 'central-error':
    case 'central-invalid-response':
    case 'terminal-unauthorized':
      return 'auth.errors.unavailable';
    case 'session-expired':
    case 'pin-change-required':
      return 'auth.errors.sessionExpired';
    default:
      return 'auth.errors.unexpected';
  }
}

/**
 * Turns a bridge error into one plain sentence. `error.message` is for the
 * log and never reaches the screen; wrong document and wrong PIN share one
 * sentence so nobody learns which documents exist.
 */
export function describeAuthFailure(error: KioskError, action: AuthAction): AuthFailure {
  return {
    code: error.code,
    messageKey: messageKey(error, action),
    retryAfterSeconds: retryAfter(error),
    attemptsRemaining: attemptsRemaining(error),
  };
}
