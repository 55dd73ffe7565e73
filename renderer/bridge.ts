import type { KioskApi, KioskEventName, KioskEvents } from '../shared/contract/kiosk-api';
import { buildKioskClient, kioskEventNames, kioskMethodNames } from '../shared/contract/kiosk-client';
import { isSignOutReason } from '../shared/contract/values';
import { shownLocale } from './i18n/shown-locale';
import { fail, type Result } from '../shared/result';
import { createSessionEnd, type SessionEnd } from './session/session-end';
import { browserPage, reloadAt } from './session/wipe';

declare global {
  interface Window {
    /** Exposed by Electron's preload; absent in the browser host. */
    readonly kiosk?: KioskApi;
  }
}

/**
 * The browser host serves the page with a per-launch secret in a meta tag,
 * answers the same methods at POST /api/<method> and pushes events as
 * server-sent events at /events. Its host port has no window to drive, so
 * it also sends `reload`, which this transport carries out.
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
    source.addEventListener('reload', (event) => {
      const { route } = JSON.parse((event as MessageEvent<string>).data) as { route?: unknown };
      reloadAt(window.location, typeof route === 'string' ? route : '/');
    });
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

/**
 * Every method of `api`, with one addition: an answer saying the session
 * expired starts the page's one session-end path. Stores and screens never
 * wipe on their own.
 */
function endingOnExpiry(api: KioskApi, sessionEnd: SessionEnd): KioskApi {
  const wrapped: Record<string, unknown> = { on: api.on };
  for (const name of kioskMethodNames) {
    const [ns, m] = name.split('.') as [string, string];
    const call = (api as unknown as Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>>)[ns]![
      m
    ]!;
    const target = (wrapped[ns] ??= {}) as Record<string, (input?: unknown) => Promise<Result<unknown>>>;
    target[m] = async (input?: unknown) => {
      const result = await call(input);
      if (!result.ok && result.error.code === 'session-expired') {
        void sessionEnd.end('expired');
      }
      return result;
    };
  }
  return wrapped as unknown as KioskApi;
}

const transport: KioskApi = window.kiosk ?? httpBridge();

/** The page's one session-end path (see session/session-end.ts). */
export const sessionEnd: SessionEnd = createSessionEnd({
  signOut: (reason, locale) => transport.auth.signOut({ reason, locale }),
  locale: shownLocale,
  page: browserPage(),
});

export const kiosk: KioskApi = endingOnExpiry(transport, sessionEnd);

/** Main ends sessions on its own (maximum time, idle backstop, a centre that refused the token): call once at start. */
export function listenForSessionEnd(): () => void {
  return transport.on(
    'session-ended',
    ({ reason }) => void sessionEnd.end(isSignOutReason(reason) ? reason : 'expired'),
  );
}
