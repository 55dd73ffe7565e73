import type { KioskApi, KioskEventName, KioskEvents } from '../shared/contract/kiosk-api';
import { buildKioskClient, kioskEventNames } from '../shared/contract/kiosk-client';
import { fail, type Result } from '../shared/result';

declare global {
  interface Window {
    /** Exposed by Electron's preload; absent in the browser host. */
    readonly kiosk?: KioskApi;
  }
}

/**
 * The browser host serves the page with a per-launch secret in a meta tag,
 * answers the same methods at POST /api/<method> and pushes events as
 * server-sent events at /events.
 */
function httpBridge(): KioskApi {
  const secret = document.querySelector<HTMLMetaElement>('meta[name="coopkiosk-launch"]')?.content ?? '';
  const listeners = new Map<KioskEventName, Set<(payload: never) => void>>();
  let source: EventSource | null = null;

  const connect = (): void => {
    if (source) {
      return;
    }
    source = new EventSource(`/events?launch=${encodeURIComponent(secret)}`);
    for (const name of kioskEventNames) {
      source.addEventListener(name, (event) => {
        const payload = JSON.parse((event as MessageEvent<string>).data) as never;
        for (const listener of listeners.get(name) ?? []) {
          listener(payload);
        }
      });
    }
  };

  return buildKioskClient(
    async (name, input): Promise<Result<unknown>> => {
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
    },
    <E extends KioskEventName>(event: E, listener: (payload: KioskEvents[E]) => void) => {
      connect();
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  );
}

export const kiosk: KioskApi = window.kiosk ?? httpBridge();
