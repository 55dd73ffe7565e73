import { vi, type Mock } from 'vitest';
import type { KioskApi, Namespace } from '../../../shared/contract/kiosk-api';
import { kioskMethodNames } from '../../../shared/contract/kiosk-client';
import type { SessionEnd } from '../../../renderer/session/session-end';

/** Every bridge method as a typed mock: what a test makes it answer must be what the contract answers. */
export type KioskMock = {
  readonly [N in Namespace]: {
    readonly [M in keyof KioskApi[N]]: KioskApi[N][M] extends (...args: never[]) => unknown
      ? Mock<KioskApi[N][M]>
      : never;
  };
} & { readonly on: Mock<KioskApi['on']> };

function buildMock(): KioskMock {
  const api: Record<string, unknown> = { on: vi.fn(() => () => undefined) };
  for (const name of kioskMethodNames) {
    const [ns, m] = name.split('.') as [string, string];
    ((api[ns] ??= {}) as Record<string, unknown>)[m] = vi.fn();
  }
  return api as KioskMock;
}

/**
 * The stand-in for renderer/bridge used with
 * `vi.mock('../../renderer/bridge', () => import('./support/bridge-mock'))`:
 * built from the one method list and typed by the contract, so it cannot
 * drift; each test sets what the methods it reaches answer.
 */
export const kiosk: KioskMock = buildMock();

/** The page's session-end path, recorded: `end` resolves at once, `onEnding` keeps the recorder for the test to run. */
export const sessionEnd = {
  end: vi.fn<SessionEnd['end']>(() => Promise.resolve()),
  onEnding: vi.fn<SessionEnd['onEnding']>(),
  ending: false,
} satisfies SessionEnd;

export const listenForSessionEnd = vi.fn(() => () => undefined);
