import { randomUUID } from 'node:crypto';
import type { SessionMember } from '../../../shared/contract/central';
import type { CentralContext } from '../context';
import { HttpError } from '../http';
import type { Persona } from '../personas';
import { memberStreamId, verifySecret } from '../secrets';
import type { MemberState, TempCredential } from '../store';
import { sessionMember } from '../views';

/** Consecutive failures that lock a member or a staff account. */
export const maxFailures = 5;

export function memberState(ctx: CentralContext, persona: Persona): MemberState {
  const s = ctx.store.state.members[persona.id];
  if (!s) {
    throw new Error('state has no entry for a persona');
  }
  return s;
}

function usable(t: TempCredential, nowMs: number): boolean {
  return !t.used && (t.expiresAt === null || Date.parse(t.expiresAt) > nowMs);
}

export type SecretMatch =
  { readonly kind: 'pin' } | { readonly kind: 'temp'; readonly credential: TempCredential } | null;

/**
 * Checks a secret against the member's two slots, always both, each with one
 * scrypt: the PIN (or, before the first PIN, the birth date), and the one
 * usable code (e-mailed by "Olvidé mi clave" or issued by a teller). Every
 * sign-in costs the same two derivations whatever the member holds, and
 * `secretWork` does the same for an unknown document, so the answer time
 * tells nothing about the document or its credentials.
 */
export async function matchSecret(ctx: CentralContext, state: MemberState, secret: string): Promise<SecretMatch> {
  const nowMs = ctx.now().getTime();
  const birthDate =
    state.pinHash === null ? state.temp.find((t) => t.kind === 'birth-date' && usable(t, nowMs)) : undefined;
  const code = state.temp.find((t) => t.kind !== 'birth-date' && usable(t, nowMs));
  const [first, second] = await Promise.all([
    verifySecret(secret, state.pinHash ?? birthDate?.hash ?? ctx.dummyHash),
    verifySecret(secret, code?.hash ?? ctx.dummyHash),
  ]);
  if (first && state.pinHash) {
    return { kind: 'pin' };
  }
  if (first && birthDate) {
    return { kind: 'temp', credential: birthDate };
  }
  return second && code ? { kind: 'temp', credential: code } : null;
}

/** The work of `matchSecret` for a document the centre does not know. */
export async function secretWork(ctx: CentralContext, secret: string): Promise<void> {
  await Promise.all([verifySecret(secret, ctx.dummyHash), verifySecret(secret, ctx.dummyHash)]);
}

/** The member as `terminalId` sees them, with their opaque stream id on that terminal. */
export function memberFor(ctx: CentralContext, persona: Persona, terminalId: string): SessionMember {
  return sessionMember(persona, memberStreamId(ctx.store.state.streamSecret, terminalId, persona.id));
}

/** Counts a failure; the 5th consecutive one locks the account (commits). */
export function recordFailure(ctx: CentralContext, state: { failures: number; locked: boolean }): void {
  ctx.store.commit(() => {
    state.failures += 1;
    if (state.failures >= maxFailures) {
      state.locked = true;
      ctx.log.warn('demo-central.account-locked');
    }
  });
}

/** How many unknown documents' failure counts are kept; the oldest is forgotten first. */
const unknownFailuresKept = 10_000;

/**
 * Counts a failed sign-in of a document the centre does not know exactly as
 * a real one is counted (the attempts left, then "locked"), so the answers
 * say nothing about which documents exist. Answers the failures so far.
 */
export function recordUnknownFailure(ctx: CentralContext, document: { docType: string; docNumber: string }): number {
  const key = `${document.docType}:${document.docNumber}`;
  const failures = (ctx.unknownFailures.get(key) ?? 0) + 1;
  ctx.unknownFailures.delete(key);
  ctx.unknownFailures.set(key, failures);
  if (ctx.unknownFailures.size > unknownFailuresKept) {
    const oldest = ctx.unknownFailures.keys().next();
    if (!oldest.done) {
      ctx.unknownFailures.delete(oldest.value);
    }
  }
  return failures;
}

/** The 401 of a wrong document or secret, with the tries left before the lock (the failure that locks is a 423). */
export function invalidCredentials(failures: number): HttpError {
  return new HttpError('invalid-credentials', 'document or PIN not valid', {
    attemptsRemaining: maxFailures - failures,
  });
}

export const accountLocked = (): HttpError => new HttpError('account-locked', 'account locked: go to a teller');

/**
 * Sign-in tries are limited per terminal (the id its credential proved,
 * so rotating X-Terminal-Id buys nothing) and, when a document is named, per
 * document across all terminals (known or not, so enumeration is slow too).
 */
export function throwIfRateLimited(
  ctx: CentralContext,
  terminalId: string,
  document?: { readonly docType: string; readonly docNumber: string },
): void {
  const byTerminal = ctx.loginLimiter.hit(terminalId);
  const byDocument =
    document && byTerminal === 0 ? ctx.documentLimiter.hit(`${document.docType}:${document.docNumber}`) : 0;
  const wait = Math.max(byTerminal, byDocument);
  if (wait > 0) {
    ctx.log.warn('demo-central.rate-limited', { scope: byTerminal > 0 ? 'terminal' : 'document', waitSeconds: wait });
    throw new HttpError(
      'rate-limited',
      byTerminal > 0 ? 'too many sign-in attempts from this terminal' : 'too many attempts for this document',
      { retryAfterSeconds: wait },
      { 'retry-after': String(wait) },
    );
  }
}

export function addTempCredential(
  state: MemberState,
  kind: TempCredential['kind'],
  hash: string,
  expiresAt: string,
): void {
  // A new code replaces every earlier code (the birth date stays): only the latest e-mail or teller code works.
  state.temp = [
    ...state.temp.filter((t) => t.kind === 'birth-date'),
    { id: randomUUID(), kind, hash, expiresAt, used: false },
  ];
}
