import type { SignOutReason } from '../../shared/contract/kiosk-api';

/** What the wipe touches, so tests can hand in fakes for Location and CacheStorage. */
export interface WipeEnvironment {
  readonly localStorage: Storage;
  readonly sessionStorage: Storage;
  /** Absent outside secure contexts. */
  readonly caches?: CacheStorage;
  readonly location: Pick<Location, 'href' | 'replace' | 'reload'>;
  /** Marks the old page as on its way out (tests wait for the reloaded one). */
  readonly markWiping?: () => void;
}

/** Where the page lands after a wipe: the security-advice screen, told why. */
export function signedOutHash(reason: SignOutReason): string {
  return `/hasta-pronto?motivo=${encodeURIComponent(reason)}`;
}

/**
 * Builds the wipe for one page. Only the first call acts: the button, the
 * idle guard and main's "session-ended" event may all ask within a second.
 */
export function createWipe(env: WipeEnvironment): (reason: SignOutReason) => Promise<void> {
  let running: Promise<void> | null = null;

  async function wipe(reason: SignOutReason): Promise<void> {
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
    // IndexedDB is left alone on purpose: the sync outbox lives there and holds no screen data.
    const target = new URL(env.location.href);
    // The query is kept: in the browser host it carries the launch secret.
    target.hash = signedOutHash(reason);
    env.location.replace(target.href);
    // A hash-only replace does not reload: reloading drops the JS heap and the DOM of the member.
    env.location.reload();
  }

  return (reason) => (running ??= wipe(reason));
}

let pageWipe: ((reason: SignOutReason) => Promise<void>) | null = null;

/**
 * Forgets everything of the member in this page: Web Storage, Cache Storage,
 * then the JS heap and DOM by reloading on the security-advice screen.
 */
export function wipeAndReload(reason: SignOutReason): Promise<void> {
  pageWipe ??= createWipe({
    localStorage: window.localStorage,
    sessionStorage: window.sessionStorage,
    caches: 'caches' in window ? window.caches : undefined,
    location: window.location,
    markWiping: () => document.documentElement.setAttribute('data-wiping', ''),
  });
  return pageWipe(reason);
}
