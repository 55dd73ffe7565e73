import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import ChangePinScreen from '../../../renderer/screens/ChangePinScreen.vue';
import HomeScreen from '../../../renderer/screens/HomeScreen.vue';
import { useSessionStore } from '../../../renderer/stores/session';
import { kiosk } from '../support/bridge-mock';
import { demoInfo } from '../support/fixtures';
import { buttonNamed, enterPin, pageMarkup } from '../support/keypad';
import { mountWithApp } from '../support/mount';
import { lauraSession } from '../support/session';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

async function setup() {
  return mountWithApp(ChangePinScreen, {
    path: '/cambiar-clave',
    stubActions: false,
    initialState: {
      terminal: { info: demoInfo({ pinKeypad: { shuffle: false } }) },
      session: { session: lauraSession() },
    },
  });
}

describe('ChangePinScreen ("Cambiar clave")', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    kiosk.auth.verifyPin.mockResolvedValue(ok(null));
    kiosk.auth.checkNewPin.mockResolvedValue(ok(null));
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('asks current, new, new again; then goes home, where "Su clave fue cambiada" shows once', async () => {
    kiosk.auth.changePin.mockResolvedValue(ok(null));
    const { wrapper, router, pinia } = await setup();
    expect(wrapper.get('h2').text()).toBe('Digite su clave actual');
    await enterPin(wrapper, '4719', 'Continuar');
    expect(wrapper.get('h2').text()).toBe('Digite su nueva clave de 4 dígitos');
    await enterPin(wrapper, '5821', 'Continuar');
    await enterPin(wrapper, '5821', 'Cambiar clave');
    expect(kiosk.auth.changePin).toHaveBeenCalledExactlyOnceWith({
      currentPin: '4719',
      newPin: '5821',
      confirmPin: '5821',
    });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('home'));
    expect(useSessionStore(pinia).notice).toBe('pin-changed');

    const home = await mountWithApp(HomeScreen, {
      path: '/inicio',
      initialState: { session: { session: lauraSession(), notice: 'pin-changed' } },
      stubActions: false,
    });
    expect(home.wrapper.get('[role="status"]').text()).toBe('Su clave fue cambiada.');
  });

  it('a wrong current PIN is caught before the new one is asked, with the attempts left from the third failure', async () => {
    const { wrapper } = await setup();
    kiosk.auth.verifyPin.mockResolvedValueOnce(fail('invalid-credentials', 'wrong', { attemptsRemaining: 3 }));
    await enterPin(wrapper, '0000', 'Continuar');
    expect(kiosk.auth.verifyPin).toHaveBeenCalledExactlyOnceWith({ currentPin: '0000' });
    expect(wrapper.get('[role="alert"]').text()).toBe('La clave actual no es correcta.');
    expect(wrapper.get('h2').text()).toBe('Digite su clave actual');
    expect(wrapper.text()).not.toContain('intentos');
    kiosk.auth.verifyPin.mockResolvedValueOnce(fail('invalid-credentials', 'wrong', { attemptsRemaining: 2 }));
    await enterPin(wrapper, '0001', 'Continuar');
    expect(wrapper.text()).toContain('Le quedan 2 intentos antes de que su cuenta se bloquee.');
    expect(kiosk.auth.changePin).not.toHaveBeenCalled();
  });

  it('a new PIN equal to the current one, or against the rules, is refused at its first entry', async () => {
    const { wrapper } = await setup();
    await enterPin(wrapper, '4719', 'Continuar');
    await enterPin(wrapper, '4719', 'Continuar');
    expect(wrapper.get('[role="alert"]').text()).toBe('La clave nueva debe ser distinta de la actual.');
    expect(wrapper.get('h2').text()).toBe('Digite su nueva clave de 4 dígitos');
    kiosk.auth.checkNewPin.mockResolvedValueOnce(fail('pin-rejected', 'rule', { reason: 'common' }));
    await enterPin(wrapper, '2580', 'Continuar');
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Esa clave es muy fácil de adivinar (como 1234 o 1111). Elija otra.',
    );
    expect(wrapper.get('h2').text()).toBe('Digite su nueva clave de 4 dígitos');
    expect(kiosk.auth.changePin).not.toHaveBeenCalled();
  });

  it('a wrong current PIN at the end (the centre is the authority) starts over; a refused new PIN keeps it', async () => {
    const { wrapper } = await setup();
    kiosk.auth.changePin.mockResolvedValueOnce(fail('invalid-credentials', 'wrong', { retryAfterSeconds: 0 }));
    await enterPin(wrapper, '4719', 'Continuar');
    await enterPin(wrapper, '5821', 'Continuar');
    await enterPin(wrapper, '5821', 'Cambiar clave');
    expect(wrapper.get('[role="alert"]').text()).toBe('La clave actual no es correcta.');
    expect(wrapper.get('h2').text()).toBe('Digite su clave actual');

    kiosk.auth.changePin.mockResolvedValueOnce(fail('pin-rejected', 'rule', { reason: 'document' }));
    await enterPin(wrapper, '4719', 'Continuar');
    await enterPin(wrapper, '1010', 'Continuar');
    await enterPin(wrapper, '1010', 'Cambiar clave');
    expect(kiosk.auth.changePin).toHaveBeenLastCalledWith({ currentPin: '4719', newPin: '1010', confirmPin: '1010' });
    expect(wrapper.get('[role="alert"]').text()).toBe('No use dígitos de su documento.');
    expect(wrapper.get('h2').text()).toBe('Digite su nueva clave de 4 dígitos');
  });

  it('never puts the typed PINs in the DOM (text or attributes)', async () => {
    kiosk.auth.changePin.mockResolvedValue(fail('invalid-credentials', 'wrong', { retryAfterSeconds: 0 }));
    const { wrapper } = await setup();
    const seen: string[] = [];
    for (const [pin, submit] of [
      ['4719', 'Continuar'],
      ['6039', 'Continuar'],
      ['6039', 'Cambiar clave'],
    ] as const) {
      for (const d of pin) {
        await buttonNamed(wrapper, d).trigger('click');
        seen.push(pageMarkup());
      }
      await enterPin(wrapper, '', submit);
      seen.push(pageMarkup());
    }
    for (const html of seen) {
      for (const run of ['47', '471', '4719', '60', '603', '6039']) {
        expect(html).not.toContain(run);
      }
    }
  });

  it('"Cancelar" goes home without calling main', async () => {
    const { wrapper, router } = await setup();
    await enterPin(wrapper, '4719', 'Continuar');
    await buttonNamed(wrapper, 'Cancelar').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('home'));
    expect(kiosk.auth.changePin).not.toHaveBeenCalled();
  });
});
