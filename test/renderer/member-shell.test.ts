import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { ok } from '../../shared/result';
import App from '../../renderer/App.vue';
import { appHostKey } from '../../renderer/composables/useReadyState';
import { createKioskI18n } from '../../renderer/i18n';
import { createKioskRouter } from '../../renderer/router';
import { useSessionStore } from '../../renderer/stores/session';
import { kiosk, sessionEnd } from './support/bridge-mock';
import { demoInfo, onlineStatus } from './support/fixtures';
import { buttonNamed } from './support/keypad';
import { lauraAccounts } from './support/products';
import { lauraSession } from './support/session';

vi.mock('../../renderer/bridge', () => import('./support/bridge-mock'));

/** The whole app on `path`, signed in as Laura unless told otherwise. */
async function mountSignedIn(path: string, signedIn = true) {
  const host = document.createElement('div');
  host.id = 'app';
  document.body.append(host);
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore(pinia).session = signedIn ? lauraSession() : null;
  const router = createKioskRouter(createMemoryHistory());
  await router.push(path);
  const wrapper = mount(App, {
    attachTo: host,
    global: { plugins: [pinia, router, createKioskI18n()], provide: { [appHostKey as symbol]: host } },
  });
  await flushPromises();
  return { wrapper, router };
}

describe('signed-in shell', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    kiosk.system.info.mockResolvedValue(ok(demoInfo()));
    kiosk.system.status.mockResolvedValue(ok(onlineStatus()));
    kiosk.auth.signOut.mockResolvedValue(ok(null));
    kiosk.accounts.summary.mockResolvedValue(ok(lauraAccounts()));
    kiosk.session.keepAlive.mockResolvedValue(ok({ endsAt: '2026-01-15T15:15:00.000Z' }));
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('home greets by first name, shows the masked document, "Cambiar clave" and one "Salir"', async () => {
    const { wrapper } = await mountSignedIn('/inicio');
    expect(wrapper.get('main').attributes('data-screen')).toBe('home');
    expect(wrapper.get('h1').text()).toBe('Hola, Laura');
    expect(wrapper.text()).toContain('CC ******1010');
    expect(wrapper.text()).not.toContain('1010101010');
    expect(wrapper.findAll('button').filter((b) => b.text() === 'Salir')).toHaveLength(1);
    expect(wrapper.get('a[href="/cambiar-clave"]').text()).toMatch(/^Cambiar clave/);
  });

  it('"Salir" is on every member screen and ends the session through the one path, reason "button"', async () => {
    const { wrapper } = await mountSignedIn('/cambiar-clave');
    expect(wrapper.get('main').attributes('data-screen')).toBe('change-pin');
    await buttonNamed(wrapper, 'Salir').trigger('click');
    await flushPromises();
    expect(sessionEnd.end).toHaveBeenCalledExactlyOnceWith('button');
  });

  it('inactivity: a modal alertdialog with focus on "Sí, continuar", announced, then sign-out "idle"', async () => {
    const { wrapper } = await mountSignedIn('/inicio');
    await vi.advanceTimersByTimeAsync(60_000);
    const dialog = wrapper.get('[role="alertdialog"]');
    expect(dialog.attributes('aria-modal')).toBe('true');
    expect(dialog.text()).toContain('¿Necesita más tiempo?');
    expect(dialog.text()).toContain('Su sesión se cerrará en 30 segundos.');
    expect(document.activeElement?.textContent?.trim()).toBe('Sí, continuar');
    expect(wrapper.get('[aria-live="assertive"]').text()).toBe('Su sesión se cerrará en 30 segundos.');
    expect(wrapper.get('main').attributes('inert')).toBeDefined();

    await vi.advanceTimersByTimeAsync(10_000);
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('Su sesión se cerrará en 20 segundos.');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('Su sesión se cerrará en 20 segundos.');

    await buttonNamed(wrapper, 'Sí, continuar').trigger('click');
    expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false);
    expect(wrapper.get('main').attributes('inert')).toBeUndefined();
    expect(kiosk.session.keepAlive).toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(90_000);
    await flushPromises();
    expect(sessionEnd.end).toHaveBeenCalledExactlyOnceWith('idle');
  });

  it('no inactivity guard and no "Salir" before signing in', async () => {
    const { wrapper } = await mountSignedIn('/ingresar', false);
    expect(wrapper.get('main').attributes('data-screen')).toBe('sign-in');
    expect(wrapper.findAll('button').some((b) => b.text() === 'Salir')).toBe(false);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false);
  });
});
