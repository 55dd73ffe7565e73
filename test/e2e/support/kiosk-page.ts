import { expect, type Page } from '@playwright/test';

/** Waits until the page shows the screen with this route name. */
export async function onScreen(page: Page, name: string): Promise<void> {
  await expect(page.locator('main[data-screen]')).toHaveAttribute('data-screen', name);
}

/**
 * The security-advice screen after a sign-out, on the reloaded page: the old
 * page shows the same screen for an instant, marked `html[data-wiping]`.
 */
export async function onSignedOut(page: Page): Promise<void> {
  await onScreen(page, 'signed-out');
  await expect(page.locator('html[data-wiping]')).toHaveCount(0);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  await onScreen(page, 'signed-out');
}

/** Taps digits on whichever on-screen keypad is showing (buttons named by their digit). */
export async function tapDigits(page: Page, digits: string): Promise<void> {
  for (const digit of digits) {
    await page.getByRole('button', { name: digit, exact: true }).click();
  }
}

/** Welcome → Ingresar → CC document on the keypad → Continuar → PIN screen. */
export async function enterDocument(page: Page, docNumber: string): Promise<void> {
  await page.getByRole('link', { name: 'Ingresar' }).click();
  await onScreen(page, 'sign-in');
  await tapDigits(page, docNumber);
  await page.getByRole('button', { name: 'Continuar' }).click();
  await onScreen(page, 'sign-in-pin');
}

/** The whole member sign-in as a person does it, from the welcome screen. */
export async function signIn(page: Page, docNumber: string, secret: string): Promise<void> {
  await enterDocument(page, docNumber);
  await tapDigits(page, secret);
  // After failures the terminal makes the next attempt wait (up to 30 s): Ingresar is disabled meanwhile.
  const ingresar = page.getByRole('button', { name: 'Ingresar' });
  await expect(ingresar).toBeEnabled({ timeout: 40_000 });
  await ingresar.click();
}

/** Text of every storage the page can reach: DOM, Web Storage, IndexedDB, Cache Storage. */
export async function everythingThePageHolds(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [document.documentElement.outerHTML];
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i) ?? '';
        parts.push(key, storage.getItem(key) ?? '');
      }
    }
    for (const info of await indexedDB.databases()) {
      if (!info.name) {
        continue;
      }
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name ?? '');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        });
        parts.push(JSON.stringify(rows));
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        parts.push(request.url, (await (await cache.match(request))?.text()) ?? '');
      }
    }
    return parts.join('\n');
  });
}
