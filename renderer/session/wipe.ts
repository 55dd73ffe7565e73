/** What the page's wipe touches, so tests can hand in fakes for Location and CacheStorage. */
export interface PageEnvironment {
  readonly localStorage: Storage;
  readonly sessionStorage: Storage;
  /** Absent outside secure contexts. */
  readonly caches?: CacheStorage;
  readonly location: Pick<Location, 'href' | 'replace' | 'reload'>;
  /** Marks the old page as on its way out (tests wait for the reloaded one). */
  readonly markWiping?: () => void;
}

/**
 * Forgets what the page itself stored: Web Storage and Cache Storage.
 * IndexedDB is left alone on purpose: the sync outbox lives there (sealed
 * payloads only). The host clears the HTTP cache and cookies, and the reload
 * that follows drops the JS heap and the DOM.
 */
export async function clearWebStorage(env: PageEnvironment): Promise<void> {
  env.markWiping?.();
  env.localStorage.clear();
  env.sessionStorage.clear();
  const caches = env.caches;
  if (caches) {
    try {
      const names = await caches.keys();
      await Promise.all(names.map((name) => caches.delete(name)));
    } catch {
      // A cache that cannot be listed holds nothing we can reach; the reload must still happen.
    }
  }
}

/** Loads the page afresh on a hash route, keeping the query (in the browser host it carries the launch secret). */
export function reloadAt(location: PageEnvironment['location'], route: string): void {
  const target = new URL(location.href);
  target.hash = route;
  location.replace(target.href);
  // A hash-only replace does not reload: reloading drops the JS heap and the DOM of the member.
  location.reload();
}

/** The real page, for the bridge client. */
export function browserPage(): PageEnvironment {
  return {
    localStorage: window.localStorage,
    sessionStorage: window.sessionStorage,
    caches: 'caches' in window ? window.caches : undefined,
    location: window.location,
    markWiping: () => document.documentElement.setAttribute('data-wiping', ''),
  };
}
