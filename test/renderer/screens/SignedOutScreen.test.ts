import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AccountLockedScreen from '../../../renderer/screens/AccountLockedScreen.vue';
import SignedOutScreen from '../../../renderer/screens/SignedOutScreen.vue';
import { buttonNamed } from '../support/keypad';
import { mountWithApp } from '../support/mount';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

describe('SignedOutScreen ("Hasta pronto", seed step 15)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it.each([
    ['idle', 'Cerramos su sesión por inactividad.'],
    ['locked', 'Su cuenta fue bloqueada. Acérquese a un asesor.'],
    ['max-time', 'Cerramos su sesión porque alcanzó el tiempo máximo de uso.'],
  ])('motivo=%s says "%s", then gives the security advice', async (motivo, sentence) => {
    const { wrapper } = await mountWithApp(SignedOutScreen, { path: `/hasta-pronto?motivo=${motivo}` });
    expect(wrapper.get('h1').text()).toBe('Su sesión terminó');
    expect(wrapper.text()).toContain(sentence);
    const tips = wrapper.findAll('li').map((li) => li.text());
    expect(tips).toHaveLength(4);
    expect(tips.join(' ')).toMatch(/No comparta su clave/);
    expect(tips.join(' ')).toMatch(/nunca le pedirá su clave por teléfono, correo electrónico/);
    expect(tips.join(' ')).toMatch(/Salir/);
  });

  it('after "Cree su clave" it says "Clave creada — Ingrese con su nueva clave" and offers to sign in', async () => {
    const { wrapper, router } = await mountWithApp(SignedOutScreen, { path: '/hasta-pronto?motivo=pin-created' });
    expect(wrapper.get('h1').text()).toBe('Clave creada');
    expect(wrapper.text()).toContain('Ingrese con su nueva clave.');
    expect(wrapper.text()).not.toContain('Su sesión terminó');
    await buttonNamed(wrapper, 'Ingresar').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('sign-in'));
  });

  it('an unknown motivo shows no reason sentence (the URL is not trusted text)', async () => {
    const { wrapper } = await mountWithApp(SignedOutScreen, { path: '/hasta-pronto?motivo=%3Cscript%3E' });
    expect(wrapper.find('.signed-out__reason').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('script');
  });

  it('returns to welcome after 10 s, or at once on "Terminar"', async () => {
    const auto = await mountWithApp(SignedOutScreen, { path: '/hasta-pronto?motivo=button' });
    expect(auto.wrapper.text()).toContain('Volveremos al inicio en 10 segundos.');
    await vi.advanceTimersByTimeAsync(9_000);
    expect(auto.router.currentRoute.value.name).toBe('signed-out');
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(auto.router.currentRoute.value.name).toBe('welcome'));

    const manual = await mountWithApp(SignedOutScreen, { path: '/hasta-pronto?motivo=button' });
    await buttonNamed(manual.wrapper, 'Terminar').trigger('click');
    await vi.waitFor(() => expect(manual.router.currentRoute.value.name).toBe('welcome'));
  });
});

describe('AccountLockedScreen', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('says the account is locked and to see an adviser, with no retry', async () => {
    const { wrapper } = await mountWithApp(AccountLockedScreen, { path: '/cuenta-bloqueada' });
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Su cuenta está bloqueada por seguridad. Acérquese a un asesor de la cooperativa para desbloquearla.',
    );
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(['Volver al inicio']);
  });
});
