import { randomBytes } from 'node:crypto';

/**
 * Member and staff sessions, in memory: a restart signs everybody out, which
 * is what a real core does after a deploy too. Expiry is absolute (from
 * sign-in), not sliding: the kiosk has its own inactivity timer.
 */
export interface Session {
  readonly kind: 'member' | 'staff';
  /** Member id or staff username. */
  readonly subject: string;
  /** Signed in with a temporary credential: only PIN change and logout until a PIN is set. */
  limited: boolean;
  /** The temporary credential used, so PIN change can check it as the current secret. */
  readonly tempCredentialId: string | null;
  readonly expiresAtMs: number;
}

export interface SessionStore {
  create(s: Omit<Session, 'expiresAtMs'>): { readonly token: string; readonly session: Session };
  /** The session, or null when unknown, signed out or expired. */
  get(token: string): Session | null;
  revoke(token: string): void;
  revokeSubject(kind: Session['kind'], subject: string): void;
}

export function createSessionStore(ttlSeconds: number, now: () => number = Date.now): SessionStore {
  const sessions = new Map<string, Session>();
  return {
    create(s) {
      const token = randomBytes(32).toString('base64url');
      const session: Session = { ...s, expiresAtMs: now() + ttlSeconds * 1000 };
      sessions.set(token, session);
      return { token, session };
    },
    get(token) {
      const s = sessions.get(token);
      if (!s) {
        return null;
      }
      if (s.expiresAtMs <= now()) {
        sessions.delete(token);
        return null;
      }
      return s;
    },
    revoke(token) {
      sessions.delete(token);
    },
    revokeSubject(kind, subject) {
      for (const [token, s] of sessions) {
        if (s.kind === kind && s.subject === subject) {
          sessions.delete(token);
        }
      }
    },
  };
}
