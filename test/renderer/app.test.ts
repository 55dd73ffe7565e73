import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { SystemInfo } from '../../shared/contract/kiosk-api';
import { fail, ok, type Result } from '../../shared/result';
import App from '../../renderer/App.vue';
import { appHostKey } from '../../renderer/composables/useReadyState';
import { createKioskI18n } from '../../renderer/i18n';
import { createKioskRouter } from '../../renderer/router';
import { kiosk } from './support/bridge-mock';
import { demoInfo, onlineStatus } from './support/fixtures';

vi.mock('../../renderer/bridge', () => import('./support/bridge-mock'));

async function mountApp() {
  const host = document.createElement('div');
  host.id = 'app';
  host.dataset.state = 'loading';
  document.body.append(host);
  // Pinia first: route guards read stores.
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createKioskRouter(createMemoryHistory());
  await router.push('/');
  const wrapper = mount(App, {
    attachTo: host,
    global: { plugins: [pinia, router, createKioskI18n()], provide: { [appHostKey as symbol]: host } },
  });
  return { host, wrapper };
}

describe('App shell', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    kiosk.system.status.mockResolvedValue(ok(onlineStatus()));
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('goes from loading to ready once the welcome screen is painted, in the configured language', async () => {
    let answer: (value: Result<SystemInfo>) => void = () => undefined;
    kiosk.system.info.mockReturnValue(new Promise<Result<SystemInfo>>((resolve) => (answer = resolve)));
    const { host, wrapper } = await mountApp();
    await flushPromises();
    expect(host.dataset.state).toBe('loading');

    answer(ok(demoInfo({ locale: 'en' })));
    await vi.waitFor(() => expect(host.dataset.state).toBe('ready'));
    expect(wrapper.get('h1').text()).toBe('Cooperativa Demo de Ahorro y Crédito');
    expect(document.documentElement.lang).toBe('en');
    expect(kiosk.system.info).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(wrapper.text()).toContain('Central: online'));
    // Brand colours reach CSS, with a readable text colour computed for them.
    const style = wrapper.get('.shell').attributes('style') ?? '';
    expect(style).toContain('--brand-primary: #0A5C36');
    expect(style).toContain('--brand-on-primary: #ffffff');
  });

  it('shows out-of-service when the config is invalid', async () => {
    kiosk.system.info.mockResolvedValue(
      ok(
        demoInfo({
          inService: false,
          configProblems: [
            { path: 'terminalId', message: 'terminalId is required and missing.', rule: 'missing', params: {} },
          ],
        }),
      ),
    );
    const { host, wrapper } = await mountApp();
    await vi.waitFor(() => expect(host.dataset.state).toBe('out-of-service'));
    expect(wrapper.text()).toContain('Falta el campo terminalId, que es obligatorio.');
    expect(wrapper.find('aside').exists()).toBe(false);
    expect(kiosk.system.status).not.toHaveBeenCalled();
  });

  it('shows out-of-service with the error when system.info fails', async () => {
    kiosk.system.info.mockResolvedValue(fail('internal', 'browser-host bridge unreachable'));
    const { host, wrapper } = await mountApp();
    await vi.waitFor(() => expect(host.dataset.state).toBe('out-of-service'));
    expect(wrapper.text()).toContain('internal: browser-host bridge unreachable');
  });
});
