import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KioskApi, KioskEvents } from '../../shared/contract/kiosk-api';
import { buildKioskClient, type MethodName } from '../../shared/contract/kiosk-client';
import { fail, ok, type Result } from '../../shared/result';
import type * as BridgeModule from '../../renderer/bridge';

/**
 * The real bridge client over a fake transport (what the preload or the
 * browser host would give it): the one place where an expired session and
 * main's `session-ended` event become the page's session end.
 */
const calls: string[] = [];
const answers = new Map<MethodName, Result<unknown>>();
let sessionEnded: ((payload: KioskEvents['session-ended']) => void) | null = null;

const transport: KioskApi = buildKioskClient(
  (name, input) => {
    calls.push(`${name} ${JSON.stringify(input ?? null)}`);
    return Promise.resolve(answers.get(name) ?? ok(null));
  },
  (event, listener) => {
    if (event === 'session-ended') {
      sessionEnded = listener;
    }
    return () => undefined;
  },
);

let bridge: typeof BridgeModule;

beforeAll(async () => {
  vi.useFakeTimers();
  Object.defineProperty(window, 'kiosk', { value: transport, configurable: true });
  bridge = await import('../../renderer/bridge');
});
afterAll(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(window, 'kiosk');
});

describe('bridge client', () => {
  it('passes answers through, and an expired session starts the one session end, once', async () => {
    answers.set('accounts.summary', fail('session-expired', 'gone'));
    answers.set('statement.get', fail('session-expired', 'gone'));
    const recorder = vi.fn(() => Promise.resolve());
    bridge.sessionEnd.onEnding(recorder);
    bridge.listenForSessionEnd();

    const first = await bridge.kiosk.accounts.summary();
    expect(first).toEqual(fail('session-expired', 'gone'));
    await bridge.kiosk.statement.get({ from: '2026-01-01', to: '2026-01-31' });
    // Main also says so by event: still one end.
    sessionEnded?.({ reason: 'max-time' });
    await vi.waitFor(() => expect(calls.some((c) => c.startsWith('auth.signOut'))).toBe(true));
    expect(recorder).toHaveBeenCalledExactlyOnceWith('expired');
    expect(calls.filter((c) => c.startsWith('auth.signOut'))).toEqual([
      'auth.signOut {"reason":"expired","locale":"es-CO"}',
    ]);
    expect(bridge.sessionEnd.ending).toBe(true);
  });

  it('other failures do not end anything', async () => {
    answers.set('print.status', fail('central-unreachable', 'down'));
    expect(await bridge.kiosk.print.status()).toEqual(fail('central-unreachable', 'down'));
    expect(calls.filter((c) => c.startsWith('auth.signOut'))).toHaveLength(1);
  });
});
