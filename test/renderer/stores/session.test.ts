import { createPinia, type Pinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { fail, ok, type ErrorCode } from '../../../shared/result';
import { createKioskRouter } from '../../../renderer/router';
import { useSessionStore } from '../../../renderer/stores/session';
import { useSignInStore } from '../../../renderer/stores/sign-in';
import { kiosk, sessionEnd } from '../support/bridge-mock';
import { lauraSession } from '../support/session';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

/** The stores read the router through inject, so they live in an app, as in production. */
function setup(): {
  pinia: Pinia;
  session: ReturnType<typeof useSessionStore>;
  signIn: ReturnType<typeof useSignInStore>;
} {
  const pinia = createPinia();
  createApp({ render: () => null })
    .use(pinia)
    .use(createKioskRouter(createMemoryHistory()));
  const signIn = useSignInStore(pinia);
  signIn.docType = 'CC';
  signIn.documentNumber = '1010101010';
  return { pinia, session: useSessionStore(pinia), signIn };
}

describe('session store', () => {
  beforeEach(() => {
    vi.resetAllMocks();
  });
  afterEach(() => {
    localStorage.clear();
  });

  it('signIn() sends the typed document with the secret, keeps the session and forgets the document', async () => {
    kiosk.auth.signIn.mockResolvedValue(ok(lauraSession()));
    const { session, signIn } = setup();
    const outcome = await session.signIn('4719');
    expect(kiosk.auth.signIn).toHaveBeenCalledExactlyOnceWith({
      docType: 'CC',
      docNumber: '1010101010',
      secret: '4719',
    });
    expect(outcome).toEqual({ ok: true, value: lauraSession() });
    expect(session.session?.member.firstName).toBe('Laura');
    expect(signIn.documentNumber).toBe('');
    // The PIN is nowhere in the store's state.
    expect(JSON.stringify(session.$state)).not.toContain('4719');
  });

  it.each([
    [{ attemptsRemaining: 4 }, null],
    [{ attemptsRemaining: 3 }, null],
    [{ attemptsRemaining: 2 }, 2],
    [{ attemptsRemaining: 1 }, 1],
    [{ attemptsRemaining: 'x' }, null],
  ])('signIn() with %j says the attempts left from the third failure: %s', async (details, said) => {
    kiosk.auth.signIn.mockResolvedValue(fail('invalid-credentials', 'refused', details));
    const { session } = setup();
    const outcome = await session.signIn('1111');
    expect(outcome.ok ? null : outcome.failure.attemptsRemaining).toBe(said);
  });

  it.each<[ErrorCode, Record<string, unknown> | undefined, string, number]>([
    ['invalid-credentials', { retryAfterSeconds: 0 }, 'auth.errors.invalidCredentials', 0],
    ['invalid-credentials', { retryAfterSeconds: 4 }, 'auth.errors.invalidCredentials', 4],
    ['account-locked', { retryAfterSeconds: 8 }, 'auth.errors.accountLocked', 8],
    ['rate-limited', { retryAfterSeconds: 16 }, 'auth.errors.rateLimited', 16],
    ['central-unreachable', undefined, 'auth.errors.unavailable', 0],
    ['central-error', undefined, 'auth.errors.unavailable', 0],
    ['internal', undefined, 'auth.errors.unexpected', 0],
  ])('signIn() turns %s %j into %s with a %i s delay', async (code, details, messageKey, retryAfterSeconds) => {
    kiosk.auth.signIn.mockResolvedValue(fail(code, 'refused', details));
    const { session, signIn } = setup();
    const outcome = await session.signIn('1111');
    expect(outcome).toEqual({ ok: false, failure: { code, messageKey, retryAfterSeconds, attemptsRemaining: null } });
    expect(session.session).toBeNull();
    // A failed attempt keeps the document so the member can retype only the PIN.
    expect(signIn.documentNumber).toBe('1010101010');
  });

  it.each([
    ['format', 'auth.pinRejected.format'],
    ['common', 'auth.pinRejected.common'],
    ['birth-date', 'auth.pinRejected.birth-date'],
    ['document', 'auth.pinRejected.document'],
    ['mismatch', 'auth.pinRejected.mismatch'],
    ['something-new', 'auth.errors.unexpected'],
  ])('createPin() turns pin-rejected "%s" into %s and does not end the session', async (reason, messageKey) => {
    kiosk.auth.createPin.mockResolvedValue(fail('pin-rejected', 'rule', { reason }));
    const { session } = setup();
    const outcome = await session.createPin('1234', '1234');
    expect(outcome).toEqual({
      ok: false,
      failure: { code: 'pin-rejected', messageKey, retryAfterSeconds: 0, attemptsRemaining: null },
    });
    expect(sessionEnd.end).not.toHaveBeenCalled();
  });

  it('createPin() success leaves the end to main: it ends the session ("pin-created") and tells the page', async () => {
    kiosk.auth.createPin.mockResolvedValue(ok(null));
    const { session } = setup();
    expect(await session.createPin('5821', '5821')).toEqual({ ok: true, value: null });
    expect(kiosk.auth.createPin).toHaveBeenCalledExactlyOnceWith({ newPin: '5821', confirmPin: '5821' });
    expect(sessionEnd.end).not.toHaveBeenCalled();
  });

  it('changePin(): a wrong current PIN, "same", success with a one-time notice for home', async () => {
    const { session } = setup();
    kiosk.auth.changePin.mockResolvedValueOnce(fail('invalid-credentials', 'wrong', { retryAfterSeconds: 0 }));
    expect(await session.changePin('0000', '5821', '5821')).toMatchObject({
      ok: false,
      failure: { messageKey: 'auth.errors.wrongCurrentPin' },
    });
    kiosk.auth.changePin.mockResolvedValueOnce(fail('pin-rejected', 'same', { reason: 'same' }));
    expect(await session.changePin('4719', '4719', '4719')).toMatchObject({
      ok: false,
      failure: { messageKey: 'auth.pinRejected.same' },
    });
    kiosk.auth.changePin.mockResolvedValueOnce(ok(null));
    expect(await session.changePin('4719', '5821', '5821')).toEqual({ ok: true, value: null });
    expect(kiosk.auth.changePin).toHaveBeenLastCalledWith({ currentPin: '4719', newPin: '5821', confirmPin: '5821' });
    expect(session.takeNotice()).toBe('pin-changed');
    expect(session.takeNotice()).toBeNull();
    expect(sessionEnd.end).not.toHaveBeenCalled();
  });

  it('forgotPin() passes the document through; a centre failure is a plain "try later"', async () => {
    const { session } = setup();
    kiosk.auth.forgotPin.mockResolvedValueOnce(ok({ accepted: true }));
    expect(await session.forgotPin('CE', '4455667')).toEqual({ ok: true, value: null });
    expect(kiosk.auth.forgotPin).toHaveBeenCalledWith({ docType: 'CE', docNumber: '4455667' });
    kiosk.auth.forgotPin.mockResolvedValueOnce(fail('central-unreachable', 'timeout'));
    expect(await session.forgotPin('CC', '123')).toMatchObject({
      ok: false,
      failure: { messageKey: 'auth.errors.unavailable' },
    });
  });

  it('signOut() hands the reason to the one session-end path', async () => {
    const { session } = setup();
    await session.signOut('button');
    expect(sessionEnd.end).toHaveBeenCalledExactlyOnceWith('button');
    // The store itself never calls main's signOut: the path does, after the audit.
    expect(kiosk.auth.signOut).not.toHaveBeenCalled();
  });

  it('a signed-in session registers its audit with the path, for whatever ends it', async () => {
    kiosk.auth.signIn.mockResolvedValue(ok(lauraSession()));
    const { session } = setup();
    await session.signIn('4719');
    expect(sessionEnd.onEnding).toHaveBeenCalledOnce();
    expect(typeof sessionEnd.onEnding.mock.calls[0]?.[0]).toBe('function');
  });

  it('keepAlive() only with a session, and never wipes by itself', async () => {
    const { session } = setup();
    await session.keepAlive();
    expect(kiosk.session.keepAlive).not.toHaveBeenCalled();

    session.session = lauraSession();
    kiosk.session.keepAlive.mockResolvedValueOnce(fail('session-expired', 'no member session'));
    await session.keepAlive();
    expect(kiosk.session.keepAlive).toHaveBeenCalledOnce();
    expect(sessionEnd.end).not.toHaveBeenCalled();
  });

  it('restore() asks main once per page load', async () => {
    kiosk.session.current.mockResolvedValue(ok(lauraSession()));
    const { session } = setup();
    await session.restore();
    await session.restore();
    expect(kiosk.session.current).toHaveBeenCalledTimes(1);
    expect(session.session?.member.firstName).toBe('Laura');
  });
});
