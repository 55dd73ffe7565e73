import { createPinia, type Pinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { ok } from '../../shared/result';
import { auditActionFor } from '../../renderer/domain/session-audit';
import { setCurrentOutbox } from '../../renderer/outbox/instance';
import type { OutboxService } from '../../renderer/outbox/service';
import { createKioskRouter } from '../../renderer/router';
import { wipeAndReload } from '../../renderer/session/wipe';
import { useSessionStore } from '../../renderer/stores/session';
import { useSignInStore } from '../../renderer/stores/sign-in';
import { useTerminalStore } from '../../renderer/stores/terminal';
import { kiosk } from './support/bridge-mock';
import { demoInfo } from './support/fixtures';
import { lauraSession } from './support/session';

vi.mock('../../renderer/bridge', () => import('./support/bridge-mock'));
vi.mock('../../renderer/session/wipe', () => ({ wipeAndReload: vi.fn(() => Promise.resolve()) }));

interface Enqueued {
  type: string;
  stream: string;
  payload: Record<string, unknown>;
  personal: boolean;
}

function setup(): { pinia: Pinia; enqueued: Enqueued[]; order: string[] } {
  const pinia = createPinia();
  createApp({ render: () => null }).use(pinia).use(createKioskRouter(createMemoryHistory()));
  useTerminalStore(pinia).info = demoInfo();
  const signIn = useSignInStore(pinia);
  signIn.docType = 'CC';
  signIn.documentNumber = '1010101010';
  const enqueued: Enqueued[] = [];
  const order: string[] = [];
  setCurrentOutbox({
    enqueue: vi.fn((type: string, stream: string, payload: Record<string, unknown>, options: { personal: boolean }) => {
      enqueued.push({ type, stream, payload, personal: options.personal });
      order.push(`enqueue:${String(payload.action)}`);
      return Promise.resolve('id');
    }),
  } as unknown as OutboxService);
  return { pinia, enqueued, order };
}

describe('session audit', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    vi.mocked(wipeAndReload).mockResolvedValue();
  });
  afterEach(() => setCurrentOutbox(null));

  it('records sign-in and, before main is told, the sign-out, sealed on the member stream', async () => {
    const { pinia, enqueued, order } = setup();
    kiosk.auth.signIn.mockResolvedValue(ok(lauraSession()));
    kiosk.auth.signOut.mockImplementation(() => {
      order.push('signOut');
      return Promise.resolve(ok(null));
    });
    const session = useSessionStore(pinia);
    await session.signIn('4719');
    await vi.waitFor(() => expect(enqueued).toHaveLength(1));
    await session.signOut('idle');
    expect(enqueued.map((e) => e.payload.action)).toEqual(['sign-in', 'timeout']);
    expect(order).toEqual(['enqueue:sign-in', 'enqueue:timeout', 'signOut']);
    for (const event of enqueued) {
      expect(event).toMatchObject({ type: 'session.audit', stream: 'member:M-0001', personal: true });
      expect(event.payload).toEqual({ action: event.payload.action, memberId: 'M-0001', terminalId: demoInfo().terminalId, teller: null });
    }
  });

  it('audits a session main ended once, even when the page also signs out', async () => {
    const { pinia, enqueued } = setup();
    kiosk.auth.signIn.mockResolvedValue(ok(lauraSession()));
    kiosk.auth.signOut.mockResolvedValue(ok(null));
    const session = useSessionStore(pinia);
    await session.signIn('4719');
    await session.auditEnd('max-time');
    await session.signOut('button');
    expect(enqueued.map((e) => e.payload.action)).toEqual(['sign-in', 'max-session']);
  });

  it('maps every sign-out reason to the centre audit action', () => {
    expect(auditActionFor('idle')).toBe('timeout');
    expect(auditActionFor('max-time')).toBe('max-session');
    expect(auditActionFor('renderer-gone')).toBe('crash');
    expect(auditActionFor('pin-created')).toBe('pin-change');
    expect(auditActionFor('button')).toBe('sign-out');
  });
});
