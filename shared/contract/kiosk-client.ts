import type { KioskApi, KioskEventName, KioskEvents, MethodName } from './kiosk-api';
import type { Result } from '../result';

/**
 * Every bridge method by name, without the schemas: the renderer and the
 * preload build their client from this list so the page does not ship zod.
 * A unit test keeps it equal to the contract's methods.
 */
export const kioskMethodNames = [
  'system.info',
  'system.status',
  'auth.signIn',
  'auth.createPin',
  'auth.changePin',
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
] as const satisfies readonly MethodName[];

export const kioskEventNames = ['session-ended'] as const satisfies readonly KioskEventName[];

// Fails to compile when the contract gains a method this list lacks.
type Missing = Exclude<MethodName, (typeof kioskMethodNames)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;

/**
 * Builds a `KioskApi` object from a transport (IPC invoke, HTTP POST). The
 * preload and the browser-host client both use it, so the shape cannot drift
 * from the contract.
 */
export function buildKioskClient(
  invoke: (name: MethodName, input: unknown) => Promise<Result<unknown>>,
  subscribe: <E extends KioskEventName>(event: E, listener: (payload: KioskEvents[E]) => void) => () => void,
): KioskApi {
  const api: Record<string, unknown> & { [ns: string]: unknown } = { on: subscribe };
  for (const name of kioskMethodNames) {
    const [ns, m] = name.split('.') as [string, string];
    const target = (api[ns] ??= {}) as Record<string, (input?: unknown) => Promise<Result<unknown>>>;
    target[m] = (input?: unknown) => invoke(name, input);
  }
  return api as unknown as KioskApi;
}
