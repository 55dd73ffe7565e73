import { fail, ok, type Result } from '../../../shared/result';
import type { MemberSession, SessionManager } from '../../services/session';

/**
 * The signed-in member for a handler that acts for them: none →
 * 'session-expired'; a session that may only create its PIN →
 * 'pin-change-required', unless the handler is the one that creates it.
 */
export function requireMemberSession(
  sessions: SessionManager,
  { allowPinCreation = false } = {},
): Result<MemberSession> {
  const session = sessions.current();
  if (!session) {
    return fail('session-expired', 'no member session');
  }
  if (session.mustChangePin && !allowPinCreation) {
    return fail('pin-change-required', 'the member must create a PIN first');
  }
  return ok(session);
}

/** A centre answer meaning the session is over ends it in main too, so the page is wiped. */
export function endSessionIfGone<T>(sessions: SessionManager, result: Result<T>): Result<T> {
  if (!result.ok && result.error.code === 'session-expired') {
    sessions.end('expired');
  } else if (!result.ok && result.error.code === 'account-locked') {
    sessions.end('locked');
  }
  return result;
}
