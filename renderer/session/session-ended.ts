import { kiosk } from '../bridge';
import { isSignOutReason } from './sign-out-reasons';
import { useSessionStore } from '../stores/session';
import { wipeAndReload } from './wipe';

/**
 * Main ends sessions on its own (maximum time, idle backstop, a sign-out from
 * elsewhere). Electron also reloads the page itself; in the browser host this
 * listener is what wipes. Call once at start; returns the unsubscribe.
 */
export function wipeWhenSessionEnds(): () => void {
  return kiosk.on('session-ended', ({ reason }) => {
    const known = isSignOutReason(reason) ? reason : 'expired';
    // The audit waits at most a moment (auditWaitMs); the wipe happens whatever it does.
    void useSessionStore()
      .auditEnd(known)
      .finally(() => wipeAndReload(known));
  });
}
