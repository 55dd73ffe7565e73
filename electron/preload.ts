import { contextBridge, ipcRenderer } from 'electron';
import type { KioskApi, KioskEventName, KioskEvents } from '../shared/contract/kiosk-api';
import { buildKioskClient, kioskEventNames } from '../shared/contract/kiosk-client';
import type { Result } from '../shared/result';

/*
 * Runs sandboxed, before the page, in an isolated world. The page gets one
 * function per contract method and nothing else: never ipcRenderer itself,
 * so it cannot reach a channel the contract does not name.
 */
const api: KioskApi = buildKioskClient(
  (name, input) => ipcRenderer.invoke(name, input) as Promise<Result<unknown>>,
  <E extends KioskEventName>(event: E, listener: (payload: KioskEvents[E]) => void) => {
    if (!(kioskEventNames as readonly string[]).includes(event)) {
      return () => undefined;
    }
    // The page's listener gets the payload only, never the IPC event (it holds `sender`).
    const relay = (_event: unknown, payload: KioskEvents[E]): void => listener(payload);
    ipcRenderer.on(`event:${event}`, relay);
    return () => {
      ipcRenderer.off(`event:${event}`, relay);
    };
  },
);

contextBridge.exposeInMainWorld('kiosk', api);

/** The two DOM calls the preload makes; the Node tsconfig has no DOM library, and pulling it in would hide DOM use in main-process code. */
interface PreloadPage {
  addEventListener(
    type: 'contextmenu' | 'wheel',
    listener: (event: { readonly ctrlKey?: boolean; preventDefault(): void }) => void,
    options: { readonly capture: boolean; readonly passive?: boolean },
  ): void;
}
const page = globalThis as unknown as PreloadPage;

// The DOM is shared with the page, so these listeners apply there: a long
// press must not open a context menu and Ctrl+wheel must not zoom (neither is
// a key event that main's before-input-event sees).
page.addEventListener('contextmenu', (event) => event.preventDefault(), { capture: true });
page.addEventListener(
  'wheel',
  (event) => {
    if (event.ctrlKey) {
      event.preventDefault();
    }
  },
  { capture: true, passive: false },
);
