import { afterEach, describe, expect, it, vi } from 'vitest';
import SignInScreen from '../../../renderer/screens/SignInScreen.vue';
import { useSignInStore } from '../../../renderer/stores/sign-in';
import { mountWithApp } from '../support/mount';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

async function setup() {
  const mounted = await mountWithApp(SignInScreen, { path: '/ingresar' });
  const { wrapper } = mounted;
  const button = (name: string) => {
    const found = wrapper.findAll('button').find((b) => b.text() === name);
    if (!found) {
      throw new Error(`no button named ${name}`);
    }
    return found;
  };
  const type = async (digits: string) => {
    for (const d of digits) {
      await button(d).trigger('click');
    }
  };
  const continueDisabled = () => button('Continuar').attributes('disabled') !== undefined;
  return { ...mounted, button, type, continueDisabled };
}

describe('SignInScreen', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('starts on CC and offers CE, TI and PA', async () => {
    const { wrapper } = await setup();
    const radios = wrapper.findAll<HTMLInputElement>('input[type="radio"]');
    expect(radios.map((r) => r.element.value)).toEqual(['CC', 'CE', 'TI', 'PA']);
    expect(radios[0]?.element.checked).toBe(true);
  });

  it('keeps "Continuar" disabled until the number is a valid CC (3 to 10 digits)', async () => {
    const { continueDisabled, type, button, wrapper } = await setup();
    expect(continueDisabled()).toBe(true);
    await type('10');
    expect(continueDisabled()).toBe(true);
    await type('1');
    expect(continueDisabled()).toBe(false);
    await type('01010101'); // 11 typed, the keypad stops at 10
    expect(wrapper.get('output').text()).toBe('1.010.101.010');
    expect(continueDisabled()).toBe(false);
    await button('Borrar').trigger('click');
    expect(continueDisabled()).toBe(true);
  });

  it('applies the TI rule (10-11 digits) when TI is chosen', async () => {
    const { continueDisabled, type, wrapper } = await setup();
    await wrapper.get('input[value="TI"]').setValue(true);
    await type('123456789');
    expect(continueDisabled()).toBe(true);
    await type('0');
    expect(continueDisabled()).toBe(false);
    expect(wrapper.text()).toContain('Entre 10 y 11 dígitos');
  });

  it('"Continuar" hands the document to the sign-in store', async () => {
    const { type, button } = await setup();
    await type('79111222');
    await button('Continuar').trigger('click');
    const signIn = useSignInStore();
    expect(signIn.submitDocument).toHaveBeenCalledExactlyOnceWith('CC', '79111222');
  });

  it('"Cancelar" forgets the document and goes back to welcome', async () => {
    const { type, button, router } = await setup();
    await type('123');
    await button('Cancelar').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('welcome'));
    expect(useSignInStore().reset).toHaveBeenCalled();
  });
});
