import type { KioskEventName, KioskEvents } from '../../shared/contract/kiosk-client';

/**
 * What a host does to the page and the OS on the core's behalf, and nothing
 * more: the core decides, the host only translates. Electron implements it
 * with webContents, its session, powerSaveBlocker and app
 * (adapters/electron-host-port.ts); the browser host with server-sent events
 * to the page and its own process (browser-host/host-port.ts).
 */
export interface HostPort {
  /** Tells the page something without being asked (IPC event / server-sent event). */
  send<E extends KioskEventName>(event: E, payload: KioskEvents[E]): void;
  /** Loads the page afresh on a hash route ("/hasta-pronto?motivo=idle"): its JS heap and DOM are gone. */
  reload(route: string): void;
  /**
   * Drops what the page's origin keeps: HTTP cache, cookies, Web Storage,
   * Cache Storage, service workers. Never IndexedDB: the outbox lives there
   * (sealed payloads only) and must survive a sign-out.
   */
  clearPageData(): Promise<void>;
  /** A static page that needs no renderer code: shown when the page keeps crashing. */
  showOutOfService(): void;
  /** Ends a page that stopped answering so that it can be loaded again. */
  killPage(): void;
  /** A kiosk's screen never sleeps. */
  keepDisplayAwake(): void;
  /** Starts the kiosk afresh after a fatal error: Electron restarts its process, the browser host its core. */
  relaunch(): void;
  /** Leaves the kiosk for the OS (IT, from the maintenance screen). */
  quit(): void;
}
