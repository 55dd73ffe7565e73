import { randomUUID } from 'node:crypto';
import type { CentralContext } from '../context';
import { HttpError } from '../http';
import type { Persona } from '../personas';
import { verifySecret } from '../secrets';
import type { MemberState, TempCredential } from '../store';

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
 * Checks a secret against the PIN and every usable temporary credential.
 * The PIN check always runs (against the dummy hash when there is no PIN) so a
 * member without a PIN costs the same as one with it.
 */
export async function matchSecret(ctx: CentralContext, state: MemberState, secret: string): Promise<SecretMatch> {
  const pinOk = await verifySecret(secret, state.pinHash ?? ctx.dummyHash);
  if (pinOk && state.pinHash) {
    return { kind: 'pin' };
  }
  const nowMs = ctx.now().getTime();
  for (const credential of state.temp) {
    if (usable(credential, nowMs) && (await verifySecret(secret, credential.hash))) {
      return { kind: 'temp', credential };
    }
  }
  return null;
}

/** Counts a failure; the 5th consecutive one locks the account. */
export function recordFailure(ctx: CentralContext, state: { failures: number; locked: boolean }): void {
  state.failures += 1;
  if (state.failures >= maxFailures) {
    state.locked = true;
    ctx.log.warn('demo-central.account-locked');
  }
  ctx.store.save();
}

export function throwIfRateLimited(ctx: CentralContext, terminalId: string): void {
  const wait = ctx.loginLimiter.hit(terminalId);
  if (wait > 0) {
    throw new HttpError(
      'rate-limited',
      'too many sign-in attempts from this terminal',
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
  // A new code replaces any earlier one of the same kind: only the latest e-mail or teller code works.
  state.temp = [...state.temp.filter((t) => t.kind !== kind), { id: randomUUID(), kind, hash, expiresAt, used: false }];
}
