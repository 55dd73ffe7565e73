import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, defineComponent, h, nextTick } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { ok } from '../../shared/result';
import { apologyMs, installErrorReporting, type ErrorReportingDeps } from '../../renderer/errors';

function deps(overrides: Partial<ErrorReportingDeps> = {}) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', name: 'home', component: { render: () => null } }],
  });
  const reportError = vi.fn<ErrorReportingDeps['reportError']>(() => Promise.resolve(ok(null)));
  const endSession = vi.fn<ErrorReportingDeps['endSession']>(() => Promise.resolve());
  return {
    router,
    reportError,
    endSession,
    all: {
      reportError,
      endSession,
      apology: () => 'Algo salió mal. Volvemos al inicio.',
      router,
      window,
      document,
      ...overrides,
    } satisfies ErrorReportingDeps,
  };
}

describe('error reporting', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('a screen that throws while rendering: reported, the apology shown outside Vue, then the session ends ("error")', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const { all, router, reportError, endSession } = deps();
    await router.push('/');
    const boom = (): string => {
      throw new Error('cannot read 1010101010 of undefined');
    };
    const Broken = defineComponent({ render: () => h('p', boom()) });
    const app = createApp({ render: () => h(Broken) });
    installErrorReporting(app, all);
    const host = document.createElement('div');
    document.body.append(host);
    app.mount(host);
    await nextTick();
    expect(reportError).toHaveBeenCalledOnce();
    expect(reportError.mock.calls[0]?.[0]).toMatchObject({
      kind: 'vue',
      message: 'Error: cannot read 1010101010 of undefined',
      screen: 'home',
    });
    const notice = document.querySelector('[data-testid="fatal-apology"]');
    expect(notice?.getAttribute('role')).toBe('alert');
    expect(notice?.textContent).toBe('Algo salió mal. Volvemos al inicio.');
    expect(endSession).not.toHaveBeenCalled();
    vi.advanceTimersByTime(apologyMs);
    expect(endSession).toHaveBeenCalledExactlyOnceWith('error');
  });

  it('errors in event handlers of a component apologise once, however many follow', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const { all, endSession } = deps();
    const Button = defineComponent({
      setup: () => () =>
        h('button', {
          onClick: () => {
            throw new Error('tap failed');
          },
        }),
    });
    const app = createApp({ render: () => h(Button) });
    installErrorReporting(app, all);
    const wrapper = mount(Button, {
      attachTo: document.body,
      global: { config: { errorHandler: app.config.errorHandler } },
    });
    await wrapper.get('button').trigger('click');
    await wrapper.get('button').trigger('click');
    expect(document.querySelectorAll('[data-testid="fatal-apology"]')).toHaveLength(1);
    vi.advanceTimersByTime(apologyMs);
    expect(endSession).toHaveBeenCalledOnce();
  });

  it('window errors and unhandled rejections are reported (no apology: no screen is known to be broken), and a flood stops', () => {
    const listeners = new Map<string, (event: unknown) => void>();
    const { all, reportError } = deps({
      window: { addEventListener: (type: string, l: (e: unknown) => void) => void listeners.set(type, l) },
    });
    installErrorReporting(createApp({}), all);
    listeners.get('error')?.({ error: new TypeError('x is not a function'), message: 'x is not a function' });
    listeners.get('unhandledrejection')?.({ reason: 'centre said no' });
    expect(reportError.mock.calls.map((c) => [c[0].kind, c[0].message])).toEqual([
      ['error', 'TypeError: x is not a function'],
      ['unhandledrejection', 'centre said no'],
    ]);
    expect(document.querySelector('[data-testid="fatal-apology"]')).toBeNull();
    for (let i = 0; i < 100; i += 1) {
      listeners.get('error')?.({ error: new Error(`loop ${i}`) });
    }
    expect(reportError).toHaveBeenCalledTimes(30);
  });
});
