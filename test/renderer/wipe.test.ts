import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createWipe, type WipeEnvironment } from '../../renderer/session/wipe';

function fakeEnvironment(href: string) {
  localStorage.setItem('member', 'Laura Restrepo');
  sessionStorage.setItem('doc', '1010101010');
  const cacheNames = ['statements-v1', 'logos'];
  const caches = {
    keys: vi.fn(() => Promise.resolve([...cacheNames])),
    delete: vi.fn((name: string) => Promise.resolve(cacheNames.splice(cacheNames.indexOf(name), 1).length > 0)),
  };
  const steps: string[] = [];
  const location = {
    href,
    replace: vi.fn((url: string) => {
      steps.push(`replace ${url}`);
      location.href = url;
    }),
    reload: vi.fn(() => {
      steps.push('reload');
    }),
  };
  const env: WipeEnvironment = {
    localStorage,
    sessionStorage,
    caches: caches as unknown as CacheStorage,
    location,
  };
  return { env, caches, cacheNames, location, steps };
}

describe('wipeAndReload', () => {
  it('clears Web Storage and Cache Storage, then reloads on the advice screen keeping the query (launch secret)', async () => {
    await new Promise((resolve, reject) => {
      const request = indexedDB.open('coopkiosk-outbox');
      request.onsuccess = () => {
        request.result.close();
        resolve(null);
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const { env, cacheNames, steps } = fakeEnvironment('http://127.0.0.1:4000/?launch=s3cret#/inicio');
    await createWipe(env)('idle');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(cacheNames).toEqual([]);
    expect(steps).toEqual(['replace http://127.0.0.1:4000/?launch=s3cret#/hasta-pronto?motivo=idle', 'reload']);
    // The outbox lives in IndexedDB: never deleted here.
    expect((await indexedDB.databases()).map((db) => db.name)).toContain('coopkiosk-outbox');
  });

  it('works on the Electron app:// page without a query', async () => {
    const { env, steps } = fakeEnvironment('app://kiosk/index.html#/cambiar-clave');
    await createWipe(env)('max-time');
    expect(steps[0]).toBe('replace app://kiosk/index.html#/hasta-pronto?motivo=max-time');
  });

  it('acts once: the button, the idle guard and main\'s event may all ask', async () => {
    const { env, location } = fakeEnvironment('http://127.0.0.1:4000/?launch=x#/inicio');
    const wipe = createWipe(env);
    await Promise.all([wipe('button'), wipe('idle'), wipe('expired')]);
    expect(location.replace).toHaveBeenCalledOnce();
    expect(location.replace).toHaveBeenCalledWith('http://127.0.0.1:4000/?launch=x#/hasta-pronto?motivo=button');
    expect(location.reload).toHaveBeenCalledOnce();
  });

  it('still reloads when Cache Storage is missing or fails', async () => {
    const { env, caches, location } = fakeEnvironment('http://127.0.0.1:4000/?launch=x#/inicio');
    caches.keys.mockRejectedValue(new Error('SecurityError'));
    await createWipe(env)('button');
    expect(location.reload).toHaveBeenCalledOnce();
    const withoutCaches = fakeEnvironment('http://127.0.0.1:4000/?launch=x#/inicio');
    await createWipe({ ...withoutCaches.env, caches: undefined })('button');
    expect(withoutCaches.location.reload).toHaveBeenCalledOnce();
  });
});
