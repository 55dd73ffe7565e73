import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { createKioskRouter } from '../../../renderer/router';
import { useSignInStore } from '../../../renderer/stores/sign-in';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

/** The PIN route's guard reads the store: both live in an app, as in production. */
async function setup() {
  const pinia = createPinia();
  const router = createKioskRouter(createMemoryHistory());
  createApp({ render: () => null })
    .use(pinia)
    .use(router);
  await router.push('/ingresar');
  return { router, signIn: useSignInStore(pinia) };
}

describe('sign-in store', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('submitDocument() keeps the document in memory only, which opens the PIN step', async () => {
    const { router, signIn } = await setup();
    signIn.submitDocument('CE', '4455667');
    expect(signIn.docType).toBe('CE');
    expect(signIn.documentNumber).toBe('4455667');
    await router.push({ name: 'sign-in-pin' });
    expect(router.currentRoute.value.name).toBe('sign-in-pin');
    expect(router.currentRoute.value.path).toBe('/ingresar/clave');
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('the PIN step without a document sends the member back to the document step', async () => {
    const { router, signIn } = await setup();
    await router.push({ name: 'sign-in-pin' });
    expect(router.currentRoute.value.name).toBe('sign-in');

    signIn.submitDocument('CC', '1010101010');
    signIn.reset();
    expect(signIn.documentNumber).toBe('');
    expect(signIn.docType).toBe('CC');
  });
});
