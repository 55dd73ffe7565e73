import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { clearWebStorage, reloadAt, type PageEnvironment } from '../../../renderer/session/wipe';

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
  const env: PageEnvironment = { localStorage, sessionStorage, caches: caches as unknown as CacheStorage, location };
  return { env, caches, cacheNames, location, steps };
}

describe('page wipe', () => {
  it('clears Web Storage and Cache Storage, and never the outbox in IndexedDB', async () => {
    await new Promise((resolve, reject) => {
      const request = indexedDB.open('coopkiosk-outbox');
      request.onsuccess = () => {
        request.result.close();
        resolve(null);
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const { env, cacheNames } = fakeEnvironment('http://127.0.0.1:4000/?launch=s3cret#/inicio');
    await clearWebStorage(env);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(cacheNames).toEqual([]);
    expect((await indexedDB.databases()).map((db) => db.name)).toContain('coopkiosk-outbox');
  });

  it('still clears Web Storage when Cache Storage is missing or fails', async () => {
    const failing = fakeEnvironment('http://127.0.0.1:4000/?launch=x#/inicio');
    failing.caches.keys.mockRejectedValue(new Error('SecurityError'));
    await clearWebStorage(failing.env);
    expect(localStorage.length).toBe(0);
    const withoutCaches = fakeEnvironment('http://127.0.0.1:4000/?launch=x#/inicio');
    await clearWebStorage({ ...withoutCaches.env, caches: undefined });
    expect(sessionStorage.length).toBe(0);
  });

  it("reloads on a route keeping the query (the browser host's launch secret), and on the app:// page", () => {
    const browser = fakeEnvironment('http://127.0.0.1:4000/?launch=s3cret#/inicio');
    reloadAt(browser.location, '/hasta-pronto?motivo=idle');
    expect(browser.steps).toEqual(['replace http://127.0.0.1:4000/?launch=s3cret#/hasta-pronto?motivo=idle', 'reload']);
    const electron = fakeEnvironment('app://kiosk/index.html#/cambiar-clave');
    reloadAt(electron.location, '/hasta-pronto?motivo=max-time');
    expect(electron.steps[0]).toBe('replace app://kiosk/index.html#/hasta-pronto?motivo=max-time');
  });
});
