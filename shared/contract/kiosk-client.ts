import type { Result } from '../result';
import type { KioskApi } from './kiosk-api';
import type { SignOutReason } from './values';

/**
 * Every bridge method by name, declared once and without zod: the contract
 * (kiosk-api.ts) must have exactly these methods (its type is built from
 * this list), and the preload and the renderer build their client from it
 * so the page ships no schemas. A new capability adds its names here first.
 */
export const kioskMethodNames = [
  'system.info',
  'system.status',
  'system.reportError',
  'auth.signIn',
  'auth.createPin',
  'auth.changePin',
  'auth.checkNewPin',
  'auth.verifyPin',
  'auth.forgotPin',
  'auth.signOut',
  'session.current',
  'session.keepAlive',
  'vault.seal',
  'sync.push',
  'sync.heartbeat',
  'catalog.get',
  'accounts.summary',
  'statement.get',
  'print.status',
  'print.statement',
  'print.preview',
  'print.simulation',
] as const;

/** "system.info", "auth.signIn", ...: the IPC channel and HTTP path of each method. */
export type MethodName = (typeof kioskMethodNames)[number];
export type Namespace = MethodName extends `${infer N}.${string}` ? N : never;
export type MethodsOf<N extends Namespace> =
  Extract<MethodName, `${N}.${string}`> extends `${N}.${infer M}` ? M : never;

/** What main tells the page without being asked. */
export interface KioskEvents {
  /** The session ended in main (timeout, maximum time, a centre that refused the token): record it, then ask for the wipe. */
  readonly 'session-ended': { readonly reason: SignOutReason };
}
export type KioskEventName = keyof KioskEvents;
export const kioskEventNames = ['session-ended'] as const satisfies readonly KioskEventName[];

/** The IPC channel main sends an event on (the preload listens on exactly these). */
export function eventChannel(event: KioskEventName): `event:${KioskEventName}` {
  return `event:${event}`;
}

export function isKioskMethodName(name: string): name is MethodName {
  return (kioskMethodNames as readonly string[]).includes(name);
}

/**
 * Builds the page's `KioskApi` object from a transport (IPC invoke, HTTP
 * POST). The preload and the browser-host client both use it, so the shape
 * cannot drift from the contract.
 */
export function buildKioskClient(
  invoke: (name: MethodName, input: unknown) => Promise<Result<unknown>>,
  subscribe: <E extends KioskEventName>(event: E, listener: (payload: KioskEvents[E]) => void) => () => void,
): KioskApi {
  const api: Record<string, unknown> = { on: subscribe };
  for (const name of kioskMethodNames) {
    const [ns, m] = name.split('.') as [string, string];
    const target = (api[ns] ??= {}) as Record<string, (input?: unknown) => Promise<Result<unknown>>>;
    target[m] = (input?: unknown) => invoke(name, input);
  }
  return api as unknown as KioskApi;
}
