import { vi } from 'vitest';
import { kioskApiContract, type KioskHandlers } from '../../shared/contract/kiosk-api';
import { fail } from '../../shared/result';

type DeepPartialHandlers = { [N in keyof KioskHandlers]?: Partial<KioskHandlers[N]> };

/** Every bridge method as a spy that refuses, with the given ones replaced. */
export function fakeHandlers(overrides: DeepPartialHandlers = {}): KioskHandlers {
  const handlers: Record<string, Record<string, unknown>> = {};
  for (const [ns, methods] of Object.entries(kioskApiContract)) {
    handlers[ns] = {};
    for (const m of Object.keys(methods)) {
      handlers[ns][m] = vi.fn(() => Promise.resolve(fail('internal', `${ns}.${m} is not under test`)));
    }
    Object.assign(handlers[ns], (overrides as Record<string, object | undefined>)[ns] ?? {});
  }
  return handlers as unknown as KioskHandlers;
}
