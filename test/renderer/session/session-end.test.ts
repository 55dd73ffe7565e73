import { createPinia, type Pinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from 'vue';
import { createMemoryHistory } from 'vue-router';
import type { KioskLocale, SignOutReason } from '../../../shared/contract/values';
import { fail, ok, type Result } from '../../../shared/result';
import { auditActionFor } from '../../../renderer/domain/session-audit';
import { setCurrentOutbox } from '../../../renderer/outbox/instance';
import type { OutboxService } from '../../../renderer/outbox/service';
import { createKioskRouter } from '../../../renderer/router';
import { createSessionEnd, type EndRecorder } from '../../../renderer/session/session-end';
import type { PageEnvironment } from '../../../renderer/session/wipe';
import { useSessionStore } from '../../../renderer/stores/session';
import { useSignInStore } from '../../../renderer/stores/sign-in';
import { useTerminalStore } from '../../../renderer/stores/terminal';
import { kiosk, sessionEnd as sessionEndMock } from '../support/bridge-mock';
import { demoInfo } from '../support/fixtures';
import { lauraSession } from '../support/session';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

function fakePage(steps: string[]): PageEnvironment {
  localStorage.setItem('x', 'y');
  const location = {
    href: 'http://127.0.0.1:4000/?launch=s#/inicio',
    replace: (url: string) => void steps.push(`replace ${url}`),
    reload: () => void steps.push('reload'),
  };
  return { localStorage, sessionStorage, location, markWiping: () => void steps.push('mark') };
}

function path(signOutResult: Result<null> = ok(null), locale: KioskLocale = 'es-CO') {
  const steps: string[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const signOut = vi.fn((reason: SignOutReason, language: KioskLocale) => {
    steps.push(`signOut ${reason} ${language}`);
    return Promise.resolve(signOutResult);
  });
  const end = createSessionEnd({
    signOut,
    locale: () => locale,
    page: fakePage(steps),
    selfReloadMs: 3_000,
    setTimer: (fn, ms) => void timers.push({ fn, ms }),
  });
  const recorder = vi.fn<EndRecorder>((reason) => {
    steps.push(`record ${reason}`);
    return Promise.resolve();
  });
  end.onEnding(recorder);
  return { end, steps, timers, signOut, recorder };
}

describe("the page's one session-end path", () => {
  it('records the end, clears Web Storage, then asks main for the wipe; reloads itself only if main does not', async () => {
    const { end, steps, timers } = path();
    await end.end('idle');
    expect(steps).toEqual(['record idle', 'mark', 'signOut idle es-CO']);
    expect(localStorage.length).toBe(0);
    expect(timers.map((t) => t.ms)).toEqual([3_000]);
    timers[0]?.fn();
    expect(steps.slice(3)).toEqual([
      'replace http://127.0.0.1:4000/?launch=s#/hasta-pronto?motivo=idle&idioma=es-CO',
      'reload',
    ]);
  });

  it('names the language on screen, so the advice after an English session is in English', async () => {
    const { end, steps, timers } = path(fail('internal', 'bridge down'), 'en');
    await end.end('button');
    expect(steps).toContain('signOut button en');
    timers[0]?.fn();
    expect(steps).toContain('replace http://127.0.0.1:4000/?launch=s#/hasta-pronto?motivo=button&idioma=en');
  });

  it("acts once, whoever asks first: the button, the idle guard, main's event and an expired answer", async () => {
    const { end, signOut, recorder } = path();
    await Promise.all([end.end('button'), end.end('idle'), end.end('max-time'), end.end('expired')]);
    expect(recorder).toHaveBeenCalledExactlyOnceWith('button');
    expect(signOut).toHaveBeenCalledExactlyOnceWith('button', 'es-CO');
    expect(end.ending).toBe(true);
  });

  it('reloads at once when main cannot be told, and wipes even when the audit fails', async () => {
    const { end, timers, recorder, steps } = path(fail('internal', 'bridge down'));
    recorder.mockRejectedValueOnce(new Error('outbox down'));
    await end.end('button');
    expect(steps).toContain('signOut button es-CO');
    expect(timers.map((t) => t.ms)).toEqual([0]);
  });

  it('without a member (welcome screen) it only wipes', async () => {
    const { end, recorder, signOut } = path();
    end.onEnding(null);
    await end.end('expired');
    expect(recorder).not.toHaveBeenCalled();
    expect(signOut).toHaveBeenCalledOnce();
  });
});

interface Enqueued {
  type: string;
  stream: string;
  payload: Record<string, unknown>;
  personal: boolean;
}

function storeSetup(): { pinia: Pinia; enqueued: Enqueued[] } {
  const pinia = createPinia();
  createApp({ render: () => null })
    .use(pinia)
    .use(createKioskRouter(createMemoryHistory()));
  useTerminalStore(pinia).info = demoInfo();
  const signIn = useSignInStore(pinia);
  signIn.docType = 'CC';
  signIn.documentNumber = '1010101010';
  const enqueued: Enqueued[] = [];
  setCurrentOutbox({
    enqueue: vi.fn((type: string, stream: string, payload: Record<string, unknown>, options: { personal: boolean }) => {
      enqueued.push({ type, stream, payload, personal: options.personal });
      return Promise.resolve(ok({ id: 'id', sequence: 1 }));
    }),
  } as unknown as OutboxService);
  return { pinia, enqueued };
}

describe('session audit', () => {
  beforeEach(() => vi.resetAllMocks());
  afterEach(() => setCurrentOutbox(null));

  it('records the sign-in, and what ends the session, sealed on the member stream', async () => {
    const { pinia, enqueued } = storeSetup();
    kiosk.auth.signIn.mockResolvedValue(ok(lauraSession()));
    await useSessionStore(pinia).signIn('4719');
    await vi.waitFor(() => expect(enqueued).toHaveLength(1));
    const recorder = sessionEndMock.onEnding.mock.calls[0]?.[0];
    await recorder?.('max-time');
    expect(enqueued.map((e) => e.payload.action)).toEqual(['sign-in', 'max-session']);
    for (const event of enqueued) {
      expect(event).toMatchObject({ type: 'session.audit', stream: 'member:q7Xr2Lk9Vb3Nw8Tz', personal: true });
      expect(event.payload).toEqual({
        action: event.payload.action,
        memberId: 'M-0001',
        terminalId: demoInfo().terminalId,
        teller: null,
      });
    }
  });

  it('maps every sign-out reason to the centre audit action', () => {
    expect(auditActionFor('idle')).toBe('timeout');
    expect(auditActionFor('max-time')).toBe('max-session');
    expect(auditActionFor('renderer-gone')).toBe('crash');
    expect(auditActionFor('pin-created')).toBe('pin-change');
    expect(auditActionFor('button')).toBe('sign-out');
    expect(auditActionFor('expired')).toBe('sign-out');
  });
});
