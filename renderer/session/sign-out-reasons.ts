import type { SignOutReason } from '../../shared/contract/kiosk-api';

/**
 * Every reason a session can end, as the renderer knows them. The contract's
 * zod enum is not imported: the page ships without zod.
 */
export const signOutReasons = [
  'button',
  'idle',
  'max-time',
  'expired',
  'locked',
  'renderer-gone',
  'pin-created',
] as const satisfies readonly SignOutReason[];

// Fails to compile when the contract gains a reason this list lacks.
type Missing = Exclude<SignOutReason, (typeof signOutReasons)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;

export function isSignOutReason(value: unknown): value is SignOutReason {
  return typeof value === 'string' && (signOutReasons as readonly string[]).includes(value);
}
