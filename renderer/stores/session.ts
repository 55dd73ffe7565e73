import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { DocType, SessionInfo, SignOutReason } from '../../shared/contract/kiosk-api';
import { kiosk, sessionEnd } from '../bridge';
import { auditActionFor } from '../domain/session-audit';
import { recordSessionAudit } from '../outbox/session-audit';
import { describeAuthFailure, type AuthFailure } from '../session/auth-failure';
import { useSignInStore } from './sign-in';
import { useTerminalStore } from './terminal';

/** What an auth action tells its screen. */
export type AuthOutcome<T = null> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: AuthFailure };

/** A one-time message for the home screen. */
export type HomeNotice = 'pin-changed';

/**
 * The signed-in member as main describes them (never the token, never the
 * full document number). PINs pass through the actions as arguments and are
 * never kept here: state is reactive, and reactive state is visible to
 * watchers and devtools. Memory only: sign-out reloads the page.
 */
export const useSessionStore = defineStore('session', () => {
  const session = ref<SessionInfo | null>(null);
  const notice = ref<HomeNotice | null>(null);
  let restored = false;

  /** Records a session event for the centre's audit (sealed, through the outbox). */
  async function audit(action: Parameters<typeof recordSessionAudit>[0]): Promise<void> {
    const member = session.value?.member;
    const terminalId = useTerminalStore().info?.terminalId;
    if (member && terminalId) {
      await recordSessionAudit(action, member, terminalId);
    }
  }

  /** Keeps the session and has its end audited, once, whoever ends it. */
  function adopt(info: SessionInfo): void {
    session.value = info;
    sessionEnd.onEnding((reason) => audit(auditActionFor(reason)));
  }

  /** Signs in with the document typed on the sign-in step and the PIN (or temporary credential) given here. */
  async function signIn(secret: string): Promise<AuthOutcome<SessionInfo>> {
    const signInStore = useSignInStore();
    const result = await kiosk.auth.signIn({
      docType: signInStore.docType,
      docNumber: signInStore.documentNumber,
      secret,
    });
    if (!result.ok) {
      return { ok: false, failure: describeAuthFailure(result.error, 'sign-in') };
    }
    adopt(result.value);
    restored = true;
    signInStore.reset();
    void audit('sign-in');
    return { ok: true, value: result.value };
  }

  /** Sets the first personal PIN after a temporary credential; main then ends the session ("pin-created"), which audits and reloads. */
  async function createPin(newPin: string, confirmPin: string): Promise<AuthOutcome> {
    const result = await kiosk.auth.createPin({ newPin, confirmPin });
    return result.ok
      ? { ok: true, value: null }
      : { ok: false, failure: describeAuthFailure(result.error, 'create-pin') };
  }

  /** Checks a new PIN after its first entry, before the confirmation (the centre knows the birth date). */
  async function checkNewPin(newPin: string, action: 'create-pin' | 'change-pin'): Promise<AuthOutcome> {
    const result = await kiosk.auth.checkNewPin({ newPin });
    return result.ok ? { ok: true, value: null } : { ok: false, failure: describeAuthFailure(result.error, action) };
  }

  /** "Cambiar clave": proves the current PIN before the new one is asked. */
  async function verifyPin(currentPin: string): Promise<AuthOutcome> {
    const result = await kiosk.auth.verifyPin({ currentPin });
    return result.ok
      ? { ok: true, value: null }
      : { ok: false, failure: describeAuthFailure(result.error, 'change-pin') };
  }

  /** Replaces the member's PIN ("Cambiar clave"); the session stays open and home shows a notice. */
  async function changePin(currentPin: string, newPin: string, confirmPin: string): Promise<AuthOutcome> {
    const result = await kiosk.auth.changePin({ currentPin, newPin, confirmPin });
    if (!result.ok) {
      return { ok: false, failure: describeAuthFailure(result.error, 'change-pin') };
    }
    notice.value = 'pin-changed';
    void audit('pin-change');
    return { ok: true, value: null };
  }

  /** Asks the centre to e-mail a temporary credential; the answer is the same whether or not the document exists. */
  async function forgotPin(docType: DocType, docNumber: string): Promise<AuthOutcome> {
    const result = await kiosk.auth.forgotPin({ docType, docNumber });
    return result.ok
      ? { ok: true, value: null }
      : { ok: false, failure: describeAuthFailure(result.error, 'forgot-pin') };
  }

  /** Ends the session ("Salir", inactivity): the page's one session-end path audits, then main wipes and reloads. */
  function signOut(reason: SignOutReason): Promise<void> {
    return sessionEnd.end(reason);
  }

  /** Tells main the member is still there (pushes back its idle backstop). */
  async function keepAlive(): Promise<void> {
    if (session.value && !sessionEnd.ending) {
      await kiosk.session.keepAlive();
    }
  }

  /** Reads main's current session once per page load (a reload in the browser host keeps main's session). */
  async function restore(): Promise<void> {
    if (restored) {
      return;
    }
    restored = true;
    const result = await kiosk.session.current();
    if (result.ok && result.value) {
      adopt(result.value);
    }
  }

  /** Hands the home screen its one-time notice and forgets it. */
  function takeNotice(): HomeNotice | null {
    const taken = notice.value;
    notice.value = null;
    return taken;
  }

  return {
    session,
    notice,
    signIn,
    createPin,
    checkNewPin,
    verifyPin,
    changePin,
    forgotPin,
    signOut,
    keepAlive,
    restore,
    takeNotice,
  };
});
