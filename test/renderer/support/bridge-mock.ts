import { vi } from 'vitest';

/**
 * The stand-in for renderer/bridge used with
 * `vi.mock('../../renderer/bridge', () => import('./support/bridge-mock'))`:
 * each test sets what the methods it reaches answer.
 */
export const kiosk = {
  system: {
    info: vi.fn(),
    status: vi.fn(),
  },
  auth: {
    signIn: vi.fn(),
    createPin: vi.fn(),
    changePin: vi.fn(),
    forgotPin: vi.fn(),
    signOut: vi.fn(),
  },
  session: {
    current: vi.fn(),
    keepAlive: vi.fn(),
  },
  accounts: {
    summary: vi.fn(),
  },
  statement: {
    get: vi.fn(),
  },
  print: {
    status: vi.fn(),
    statement: vi.fn(),
    preview: vi.fn(),
  },
  on: vi.fn(() => () => undefined),
};
