import type { KioskHandlers } from '../../../shared/contract/kiosk-api';
import { checkNewPin } from '../../../shared/domain/pin-rules';
import { fail, ok, type Result } from '../../../shared/result';
import type { SignInThrottle } from '../../services/auth/throttle';
import type { CentralClient } from '../../services/central-client';
import type { Logger } from '../../services/logger';
import type { SessionManager } from '../../services/session';
import type { KioskLocale, SignOutReason } from '../../../shared/contract/values';
import { endSessionIfGone, requireMemberSession } from './member-session';

export interface AuthHandlerDeps {
  readonly central: CentralClient;
  readonly sessions: SessionManager;
  readonly throttle: SignInThrottle;
  readonly log: Logger;
  /** The page recorded its session end: clear its data and reload it (the core's page life cycle). */
  readonly wipePage: (reason: SignOutReason, locale?: KioskLocale) => Promise<void>;
}

/**
 * `auth.*` and `session.*`. The centre is the authority on credentials,
 * failures and locks; the terminal adds growing delays between failures and
 * checks new PINs first so the member gets a friendly answer at once.
 */
export function createAuthHandlers({
  central,
  sessions,
  throttle,
  log,
  wipePage,
}: AuthHandlerDeps): Pick<KioskHandlers, 'auth' | 'session'> {
  const endIfGone = <T>(result: Result<T>): Result<T> => endSessionIfGone(sessions, result);

  return {
    auth: {
      signIn: async ({ docType, docNumber, secret }) => {
        const wait = throttle.waitSeconds();
        if (wait > 0) {
          return fail('rate-limited', 'terminal delay after failed sign-ins', { retryAfterSeconds: wait });
        }
        const result = await central.login({ docType, docNumber, secret });
        if (!result.ok) {
          if (result.error.code === 'invalid-credentials' || result.error.code === 'account-locked') {
            throttle.recordFailure();
            log.info('auth.sign-in-refused', { code: result.error.code });
            const attempts = result.error.details?.['attemptsRemaining'];
            return fail(result.error.code, result.error.message, {
              retryAfterSeconds: throttle.waitSeconds(),
              ...(typeof attempts === 'number' ? { attemptsRemaining: attempts } : {}),
            });
          }
          log.warn('auth.sign-in-failed', { code: result.error.code });
          return result;
        }
        throttle.recordSuccess();
        const { token, mustChangePin, member } = result.value;
        const session = sessions.begin({
          token,
          docNumber,
          mustChangePin,
          member: {
            id: member.id,
            streamId: member.streamId,
            firstName: member.firstName,
            fullName: member.fullName,
            docType: member.docType,
            docNumberMasked: member.docNumberMasked,
            emailMasked: member.emailMasked,
          },
        });
        log.info('auth.signed-in', { mustChangePin });
        return ok(sessions.info(session));
      },

      createPin: async ({ newPin, confirmPin }) => {
        const session = requireMemberSession(sessions, { allowPinCreation: true });
        if (!session.ok) {
          return session;
        }
        if (!session.value.mustChangePin) {
          return fail('invalid-input', 'createPin is only for a first access; use changePin');
        }
        const check = checkNewPin(newPin, { docNumber: session.value.docNumber }, confirmPin);
        if (!check.ok) {
          return fail('pin-rejected', 'new PIN breaks a rule', { reason: check.reason });
        }
        const result = endIfGone(await central.changePin(session.value.token, { newPin }));
        if (!result.ok) {
          return result;
        }
        log.info('auth.pin-created');
        // The member proves the new PIN by signing in with it.
        sessions.end('pin-created');
        return ok(null);
      },

      changePin: async ({ currentPin, newPin, confirmPin }) => {
        const session = requireMemberSession(sessions);
        if (!session.ok) {
          return session;
        }
        if (currentPin === newPin) {
          return fail('pin-rejected', 'new PIN equals the current one', { reason: 'same' });
        }
        const check = checkNewPin(newPin, { docNumber: session.value.docNumber }, confirmPin);
        if (!check.ok) {
          return fail('pin-rejected', 'new PIN breaks a rule', { reason: check.reason });
        }
        const result = endIfGone(await central.changePin(session.value.token, { currentSecret: currentPin, newPin }));
        if (!result.ok) {
          return result;
        }
        log.info('auth.pin-changed');
        return ok(null);
      },

      checkNewPin: async ({ newPin }) => {
        const session = requireMemberSession(sessions, { allowPinCreation: true });
        if (!session.ok) {
          return session;
        }
        const check = checkNewPin(newPin, { docNumber: session.value.docNumber });
        if (!check.ok) {
          return fail('pin-rejected', 'new PIN breaks a rule', { reason: check.reason });
        }
        const result = endIfGone(await central.checkPin(session.value.token, { newPin }));
        return result.ok ? ok(null) : result;
      },

      verifyPin: async ({ currentPin }) => {
        const session = requireMemberSession(sessions);
        if (!session.ok) {
          return session;
        }
        const result = endIfGone(await central.verifyPin(session.value.token, { currentSecret: currentPin }));
        if (!result.ok) {
          log.info('auth.pin-verify-refused', { code: result.error.code });
          return result;
        }
        return ok(null);
      },

      forgotPin: async ({ docType, docNumber }) => {
        const result = await central.forgotPin({ docType, docNumber });
        // An invalid document gets the same answer as an unknown one: nothing is revealed.
        if (result.ok || result.error.code === 'invalid-input') {
          log.info('auth.forgot-pin-requested');
          return ok({ accepted: true as const });
        }
        return result;
      },

      signOut: async ({ reason, locale }) => {
        sessions.end(reason);
        await wipePage(reason, locale);
        return ok(null);
      },
    },
    session: {
      current: () => {
        const session = sessions.current();
        return Promise.resolve(ok(session ? sessions.info(session) : null));
      },
      keepAlive: () => {
        const session = sessions.current();
        if (!session) {
          return Promise.resolve(fail('session-expired', 'no member session'));
        }
        sessions.touch();
        return Promise.resolve(ok({ endsAt: new Date(session.endsAt).toISOString() }));
      },
    },
  };
}
