import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import PinScreen from '../../../renderer/screens/PinScreen.vue';
import { useSignInStore } from '../../../renderer/stores/sign-in';
import { kiosk } from '../support/bridge-mock';
import { demoInfo } from '../support/fixtures';
import { buttonNamed, enterPin } from '../support/keypad';
import { mountWithApp } from '../support/mount';
import { lauraSession } from '../support/session';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

async function setup() {
  return mountWithApp(PinScreen, {
    path: '/ingresar/clave',
    stubActions: false,
    initialState: {
      terminal: { info: demoInfo({ pinKeypad: { shuffle: false } }) },
      'sign-in': { docType: 'CC', documentNumber: '1010101010' },
    },
  });
}

describe('PinScreen', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('signs in and goes home; with a temporary credential (8 digits) goes to "Cree su clave"', async () => {
    kiosk.auth.signIn.mockResolvedValueOnce(ok(lauraSession()));
    const { wrapper, router, pinia } = await setup();
    await enterPin(wrapper, '4719', 'Ingresar');
    expect(kiosk.auth.signIn).toHaveBeenCalledWith({ docType: 'CC', docNumber: '1010101010', secret: '4719' });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('home'));
    expect(useSignInStore(pinia).documentNumber).toBe('');

    kiosk.auth.signIn.mockResolvedValueOnce(ok(lauraSession({ mustChangePin: true })));
    const second = await setup();
    await enterPin(second.wrapper, '19850314', 'Ingresar');
    expect(kiosk.auth.signIn).toHaveBeenLastCalledWith({ docType: 'CC', docNumber: '1010101010', secret: '19850314' });
    await vi.waitFor(() => expect(second.router.currentRoute.value.name).toBe('create-pin'));
  });

  it('a wrong PIN shows one generic sentence and a countdown that keeps "Ingresar" disabled', async () => {
    kiosk.auth.signIn.mockResolvedValue(fail('invalid-credentials', 'refused', { retryAfterSeconds: 4 }));
    const { wrapper } = await setup();
    await enterPin(wrapper, '1111', 'Ingresar');
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'El documento o la clave no son correctos. Revise e intente de nuevo.',
    );
    expect(wrapper.text()).toContain('Espere 4 segundos para intentar de nuevo');
    await enterPin(wrapper, '4719', 'Ingresar');
    expect(kiosk.auth.signIn).toHaveBeenCalledOnce();
    expect(buttonNamed(wrapper, 'Ingresar').attributes('disabled')).toBeDefined();

    await vi.advanceTimersByTimeAsync(3_000);
    expect(wrapper.text()).toContain('Espere 1 segundo para intentar de nuevo');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(wrapper.text()).not.toContain('Espere');
    expect(buttonNamed(wrapper, 'Ingresar').attributes('disabled')).toBeUndefined();
    await buttonNamed(wrapper, 'Ingresar').trigger('click');
    expect(kiosk.auth.signIn).toHaveBeenCalledTimes(2);
  });

  it('a locked account goes to the locked screen and forgets the document', async () => {
    kiosk.auth.signIn.mockResolvedValue(fail('account-locked', 'locked', { retryAfterSeconds: 0 }));
    const { wrapper, router, pinia } = await setup();
    await enterPin(wrapper, '1357', 'Ingresar');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('account-locked'));
    expect(useSignInStore(pinia).documentNumber).toBe('');
  });

  it('the centre being down is a plain "try later"', async () => {
    kiosk.auth.signIn.mockResolvedValue(fail('central-unreachable', 'timeout'));
    const { wrapper } = await setup();
    await enterPin(wrapper, '4719', 'Ingresar');
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'No pudimos comunicarnos con la cooperativa. Intente de nuevo más tarde.',
    );
  });

  it('offers "Olvidé mi clave"', async () => {
    const { wrapper } = await setup();
    const link = wrapper.findAll('a').find((a) => a.text() === 'Olvidé mi clave');
    expect(link?.attributes('href')).toBe('/olvide-mi-clave');
  });
});
