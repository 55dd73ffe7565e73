import { vi } from 'vitest';

/**
 * The stand-in for renderer/bridge used with
 * `vi.mock('../../renderer/bridge', () => import('./support/bridge-mock'))`:
 * each test sets what system.info and system.status answer.
 */
export const kiosk = {
  system: {
    info: vi.fn(),
    status: vi.fn(),
  },
};
