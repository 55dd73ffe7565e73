import { createPinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { ok } from '../../../shared/result';
import { createKioskRouter } from '../../../renderer/router';
import { useSessionStore } from '../../../renderer/stores/session';
import { kiosk } from '../support/bridge-mock';
import { lauraSession } from '../support/session';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

async function setup(start = '/') {
  const pinia = createPinia();
  const router = createKioskRouter(createMemoryHistory());
  createApp({ render: () => null })
    .use(pinia)
    .use(router);
  await router.push(start);
  const store = useSessionStore(pinia);
  const go = async (path: string): Promise<unknown> => {
    await router.push(path);
    return router.currentRoute.value.name;
  };
  return { router, store, go };
}

describe('route guards', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    kiosk.session.current.mockResolvedValue(ok(null));
  });

  it('signed out: member screens send you to welcome (after asking main once)', async () => {
    const { go } = await setup();
    expect(await go('/inicio')).toBe('welcome');
    expect(await go('/cambiar-clave')).toBe('welcome');
    expect(await go('/crear-clave')).toBe('welcome');
    expect(kiosk.session.current).toHaveBeenCalledTimes(1);
    expect(await go('/ingresar')).toBe('sign-in');
    expect(await go('/olvide-mi-clave')).toBe('forgot-pin');
    expect(await go('/hasta-pronto?motivo=idle')).toBe('signed-out');
  });

  it('after a reload, a session main still holds is picked up', async () => {
    kiosk.session.current.mockResolvedValue(ok(lauraSession()));
    const { go } = await setup();
    expect(await go('/inicio')).toBe('home');
  });

  it('with mustChangePin only "Cree su clave" is reachable', async () => {
    const { go, store } = await setup();
    store.session = lauraSession({ mustChangePin: true });
    expect(await go('/crear-clave')).toBe('create-pin');
    expect(await go('/inicio')).toBe('create-pin');
    expect(await go('/cambiar-clave')).toBe('create-pin');
    expect(await go('/')).toBe('create-pin');
    expect(await go('/ingresar')).toBe('create-pin');
    expect(await go('/olvide-mi-clave')).toBe('create-pin');
    expect(await go('/no-such-screen')).toBe('create-pin');
  });

  it('a signed-in member reaches member screens, not "Cree su clave" nor the sign-in screens', async () => {
    const { go, store } = await setup();
    store.session = lauraSession();
    expect(await go('/inicio')).toBe('home');
    expect(await go('/cambiar-clave')).toBe('change-pin');
    expect(await go('/crear-clave')).toBe('home');
    expect(await go('/ingresar')).toBe('home');
    expect(await go('/')).toBe('home');
    expect(kiosk.session.current).not.toHaveBeenCalled();
  });
});
