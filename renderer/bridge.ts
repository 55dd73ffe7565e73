import type { KioskApi } from '../shared/contract/kiosk-api';
import { buildKioskClient } from '../shared/contract/kiosk-client';
import { fail, type Result } from '../shared/result';

declare global {
  interface Window {
    /** Exposed by Electron's preload; absent in the browser host. */
    readonly kiosk?: KioskApi;
  }
}

/**
 * The browser host serves the page with a per-launch secret in a meta tag and
 * answers the same methods at POST /api/<method>.
 */
function httpBridge(): KioskApi {
  const secret = document.querySelector<HTMLMetaElement>('meta[name="coopkiosk-launch"]')?.content ?? '';
  return buildKioskClient(async (name, input): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kiosk-launch': secret },
        body: JSON.stringify(input === undefined ? {} : { input }),
        cache: 'no-store',
      });
      return (await response.json()) as Result<unknown>;
    } catch (error) {
      return fail('internal', `browser-host bridge unreachable: ${String(error)}`);
    }
  });
}

export const kiosk: KioskApi = window.kiosk ?? httpBridge();
