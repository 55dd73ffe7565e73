import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import CreatePinScreen from '../../../renderer/screens/CreatePinScreen.vue';
import { kiosk, sessionEnd } from '../support/bridge-mock';
import { demoInfo } from '../support/fixtures';
import { enterPin, pageMarkup } from '../support/keypad';
import { mountWithApp } from '../support/mount';
import { lauraSession } from '../support/session';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

async function setup() {
  return mountWithApp(CreatePinScreen, {
    path: '/crear-clave',
    stubActions: false,
    initialState: {
      terminal: { info: demoInfo({ pinKeypad: { shuffle: false } }) },
      session: { session: lauraSession({ mustChangePin: true }) },
    },
  });
}

describe('CreatePinScreen ("Cree su clave")', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    kiosk.auth.checkNewPin.mockResolvedValue(ok(null));
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    ['format', 'La clave debe tener exactamente 4 dígitos.'],
    ['common', 'Esa clave es muy fácil de adivinar (como 1234 o 1111). Elija otra.'],
    ['birth-date', 'No use fechas de su nacimiento.'],
    ['document', 'No use dígitos de su documento.'],
    ['mismatch', 'Las dos claves no coinciden.'],
  ])('pin-rejected "%s" shows "%s" in the alert region and starts over at the new PIN', async (reason, sentence) => {
    kiosk.auth.createPin.mockResolvedValue(fail('pin-rejected', 'rule', { reason }));
    const { wrapper } = await setup();
    expect(wrapper.get('h2').text()).toBe('Digite su nueva clave de 4 dígitos');
    await enterPin(wrapper, '5821', 'Continuar');
    expect(wrapper.get('h2').text()).toBe('Digite otra vez la nueva clave');
    await enterPin(wrapper, '5821', 'Crear clave');
    expect(kiosk.auth.createPin).toHaveBeenCalledExactlyOnceWith({ newPin: '5821', confirmPin: '5821' });
    expect(wrapper.get('[role="alert"]').text()).toBe(sentence);
    expect(wrapper.get('h2').text()).toBe('Digite su nueva clave de 4 dígitos');
    expect(sessionEnd.end).not.toHaveBeenCalled();
  });

  it.each([
    ['common', 'Esa clave es muy fácil de adivinar (como 1234 o 1111). Elija otra.'],
    ['birth-date', 'No use fechas de su nacimiento.'],
  ])(
    'a weak PIN ("%s") is refused after its first entry, before the confirmation is asked',
    async (reason, sentence) => {
      kiosk.auth.checkNewPin.mockResolvedValue(fail('pin-rejected', 'rule', { reason }));
      const { wrapper } = await setup();
      await enterPin(wrapper, '0314', 'Continuar');
      expect(kiosk.auth.checkNewPin).toHaveBeenCalledExactlyOnceWith({ newPin: '0314' });
      expect(wrapper.get('[role="alert"]').text()).toBe(sentence);
      // Still the first entry: the confirmation was never asked, and nothing was saved.
      expect(wrapper.get('h2').text()).toBe('Digite su nueva clave de 4 dígitos');
      expect(kiosk.auth.createPin).not.toHaveBeenCalled();
      kiosk.auth.checkNewPin.mockResolvedValue(ok(null));
      await enterPin(wrapper, '7306', 'Continuar');
      expect(wrapper.get('h2').text()).toBe('Digite otra vez la nueva clave');
    },
  );

  it('on success says so and leaves the end to main (it ends the session: "pin-created", and the page follows its event)', async () => {
    kiosk.auth.createPin.mockResolvedValue(ok(null));
    const { wrapper } = await setup();
    await enterPin(wrapper, '5821', 'Continuar');
    await enterPin(wrapper, '5821', 'Crear clave');
    expect(wrapper.text()).toContain('Su clave fue creada.');
    expect(sessionEnd.end).not.toHaveBeenCalled();
  });

  it('never puts the typed PINs in the DOM (text or attributes)', async () => {
    kiosk.auth.createPin.mockResolvedValue(fail('pin-rejected', 'rule', { reason: 'mismatch' }));
    const { wrapper } = await setup();
    const seen: string[] = [];
    for (const d of '6039') {
      await wrapper
        .findAll('button')
        .find((b) => b.text() === d)
        ?.trigger('click');
      seen.push(pageMarkup());
    }
    await enterPin(wrapper, '', 'Continuar');
    await enterPin(wrapper, '6093', 'Crear clave');
    seen.push(pageMarkup());
    for (const html of seen) {
      for (const run of ['60', '603', '6039', '6093', '093']) {
        expect(html).not.toContain(run);
      }
    }
  });
});
