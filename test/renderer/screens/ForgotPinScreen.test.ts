import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import ForgotPinScreen from '../../../renderer/screens/ForgotPinScreen.vue';
import { kiosk } from '../support/bridge-mock';
import { buttonNamed } from '../support/keypad';
import { mountWithApp } from '../support/mount';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

const SENTENCE =
  'Si el documento está registrado, enviaremos una clave temporal al correo electrónico que tiene registrado en la cooperativa.';

async function sendFor(documentNumber: string) {
  const mounted = await mountWithApp(ForgotPinScreen, {
    path: '/olvide-mi-clave',
    stubActions: false,
    initialState: { 'sign-in': { docType: 'CC', documentNumber } },
  });
  await buttonNamed(mounted.wrapper, 'Enviar').trigger('click');
  await vi.waitFor(() => expect(mounted.wrapper.find('[role="status"]').exists()).toBe(true));
  return mounted;
}

describe('ForgotPinScreen ("Olvidé mi clave")', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    kiosk.auth.forgotPin.mockResolvedValue(ok({ accepted: true }));
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the same sentence for a registered and an unknown document, and no address or document', async () => {
    const known = await sendFor('79111222');
    const knownText = known.wrapper.text();
    document.body.innerHTML = '';
    const unknown = await sendFor('99999999');
    expect(kiosk.auth.forgotPin.mock.calls).toEqual([
      [{ docType: 'CC', docNumber: '79111222' }],
      [{ docType: 'CC', docNumber: '99999999' }],
    ]);
    expect(unknown.wrapper.get('[role="status"]').text()).toBe(SENTENCE);
    expect(unknown.wrapper.text()).toBe(knownText);
    expect(knownText).not.toMatch(/@|79\.?111\.?222/);
  });

  it('a centre failure says to try later and keeps the document to retry', async () => {
    kiosk.auth.forgotPin.mockResolvedValue(fail('central-unreachable', 'timeout'));
    const { wrapper } = await mountWithApp(ForgotPinScreen, {
      path: '/olvide-mi-clave',
      stubActions: false,
      initialState: { 'sign-in': { docType: 'CC', documentNumber: '79111222' } },
    });
    await buttonNamed(wrapper, 'Enviar').trigger('click');
    await vi.waitFor(() => expect(wrapper.get('[role="alert"]').text()).toContain('Intente de nuevo más tarde'));
    expect(wrapper.get('output').text()).toBe('79.111.222');
  });
});
