import type { SignOutReason } from '../../shared/contract/kiosk-api';

/** The centre's `session.audit` actions (Registro de sesiones). */
export type SessionAuditAction = 'sign-in' | 'sign-out' | 'timeout' | 'max-session' | 'crash' | 'pin-change';

export function auditActionFor(reason: SignOutReason): SessionAuditAction {
  switch (reason) {
    case 'idle':
      return 'timeout';
    case 'max-time':
      return 'max-session';
    case 'renderer-gone':
    case 'error':
      return 'crash';
    case 'pin-created':
      return 'pin-change';
    default:
      return 'sign-out';
  }
}
