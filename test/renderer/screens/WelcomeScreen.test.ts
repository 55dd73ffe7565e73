import { afterEach, describe, expect, it, vi } from 'vitest';
import WelcomeScreen from '../../../renderer/screens/WelcomeScreen.vue';
import { demoInfo } from '../support/fixtures';
import { mountWithApp } from '../support/mount';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

describe('WelcomeScreen', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the cooperative, its branch and NIT, and one "Ingresar" action to sign-in', async () => {
    const { wrapper } = await mountWithApp(WelcomeScreen, { initialState: { terminal: { info: demoInfo() } } });
    expect(wrapper.get('h1').text()).toBe('Cooperativa Demo de Ahorro y Crédito');
    expect(wrapper.text()).toContain('Sede Centro');
    expect(wrapper.text()).toContain('Medellín');
    expect(wrapper.get('footer').text()).toContain('900.123.456-8');

    const enter = wrapper.findAll('a, button').filter((el) => el.text() === 'Ingresar');
    expect(enter).toHaveLength(1);
    expect(enter[0]?.attributes('href')).toBe('/ingresar');
  });

  it('shows a monogram without a logo, and the logo when config has one', async () => {
    const { wrapper } = await mountWithApp(WelcomeScreen, { initialState: { terminal: { info: demoInfo() } } });
    expect(wrapper.get('.brand-mark--monogram').text()).toBe('D');
    expect(wrapper.find('img').exists()).toBe(false);

    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    const info = demoInfo();
    const withLogo = await mountWithApp(WelcomeScreen, {
      initialState: { terminal: { info: { ...info, brand: { ...info.brand, logoDataUrl: logo } } } },
    });
    expect(withLogo.wrapper.get('img').attributes()).toMatchObject({ src: logo, alt: 'Logotipo de la cooperativa' });
  });

  it('switches to English and back, updating <html lang>', async () => {
    const { wrapper } = await mountWithApp(WelcomeScreen, { initialState: { terminal: { info: demoInfo() } } });
    await wrapper.get('button.language-switch').trigger('click');
    expect(document.documentElement.lang).toBe('en');
    expect(wrapper.text()).toContain('Sign in');
    expect(wrapper.get('button.language-switch').text()).toBe('Español');

    await wrapper.get('button.language-switch').trigger('click');
    expect(document.documentElement.lang).toBe('es-CO');
    expect(wrapper.text()).toContain('Ingresar');
  });
});
