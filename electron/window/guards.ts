import type { Input } from 'electron';
import { APP_HOST, APP_SCHEME } from './protocol';

/** True only for the kiosk's own origin; everything else (https:, file:, javascript:, data:) is off limits. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** DevTools asked for: an explicit flag, never a default (and never honoured in a packaged build). */
export function devToolsRequested(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  return argv.includes('--devtools') || env['COOPKIOSK_DEVTOOLS'] === '1';
}

export type KeyInput = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'shift' | 'alt'>;

const zoomKeys = new Set(['+', '-', '=', '_', '0']);
const zoomCodes = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);
const devToolsLetters = new Set(['i', 'j', 'c']);
/** Shortcuts a browser would act on that make no sense on a kiosk: print, save, open, new window/tab, close, quit, view source. */
const browserLetters = new Set(['p', 's', 'o', 'n', 't', 'w', 'q', 'u']);
const mediaKeys = new Set([
  'ZoomIn',
  'ZoomOut',
  'ZoomToggle',
  'BrowserRefresh',
  'BrowserBack',
  'BrowserForward',
  'BrowserHome',
  'BrowserSearch',
]);

export function isDevToolsShortcut(input: KeyInput): boolean {
  const letter = input.key.toLowerCase();
  return (
    input.key === 'F12' ||
    (input.control && input.shift && devToolsLetters.has(letter)) ||
    (input.meta && input.alt && devToolsLetters.has(letter))
  );
}

/**
 * Keys the kiosk swallows in `before-input-event`: zoom, reload, history
 * navigation and browser shortcuts always; DevTools shortcuts unless the
 * development flag is on. (Pinch and Ctrl+wheel zoom are not key events:
 * zoom limits and the preload handle those.)
 */
export function shouldBlockInput(input: KeyInput, { devTools }: { readonly devTools: boolean }): boolean {
  const mod = input.control || input.meta;
  const letter = input.key.toLowerCase();
  if (isDevToolsShortcut(input)) {
    return !devTools;
  }
  return (
    mediaKeys.has(input.key) ||
    input.key === 'F5' ||
    (mod && (zoomKeys.has(input.key) || zoomCodes.has(input.code))) ||
    (mod && (letter === 'r' || browserLetters.has(letter))) ||
    (input.alt && (input.key === 'ArrowLeft' || input.key === 'ArrowRight' || input.key === 'Home')) ||
    (input.meta && (input.key === '[' || input.key === ']'))
  );
}

export interface SenderFacts {
  /** URL of the frame that sent the message; null once that frame is gone. */
  readonly frameUrl: string | null;
  readonly webContentsId: number;
  readonly isMainFrame: boolean;
}

/** The bridge answers the kiosk page only: its main frame, in the kiosk window, on the app origin. */
export function isTrustedSender(
  sender: SenderFacts,
  { expectedWebContentsId }: { readonly expectedWebContentsId: number | null },
): boolean {
  return (
    expectedWebContentsId !== null &&
    sender.webContentsId === expectedWebContentsId &&
    sender.isMainFrame &&
    sender.frameUrl !== null &&
    isAppUrl(sender.frameUrl)
  );
}

/** Camera, microphone, geolocation, notifications, USB, HID, serial...: a kiosk page needs none of them. */
export function permissionDecision(): false {
  return false;
}

/** Switches that open the app to a debugger (packaged builds also turn Node's off with fuses). */
export const debugSwitches = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
  'js-flags',
] as const;

export interface DebuggingPolicy {
  /** DevTools on (development builds that asked for them only). */
  readonly devTools: boolean;
  /** Debugging switches present that make a packaged kiosk refuse to start. */
  readonly refusedSwitches: readonly string[];
  /** Requests a packaged build ignores (logged): `--devtools`, `COOPKIOSK_DEVTOOLS`. */
  readonly ignored: readonly string[];
}

/**
 * No debug door in a packaged build: `--devtools` and COOPKIOSK_DEVTOOLS are
 * ignored, and any remote-debugging or inspect switch refuses the start (a
 * CDP client could otherwise drive the trusted page and the bridge).
 * Development runs keep all of them: Playwright's Electron driver needs
 * --inspect and --remote-debugging-port.
 */
export function debuggingPolicy(input: {
  readonly isPackaged: boolean;
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly hasSwitch: (name: string) => boolean;
}): DebuggingPolicy {
  const requested = devToolsRequested(input.argv, input.env);
  if (!input.isPackaged) {
    return { devTools: requested, refusedSwitches: [], ignored: [] };
  }
  const ignored = [
    ...(input.argv.includes('--devtools') ? ['--devtools'] : []),
    ...(input.env['COOPKIOSK_DEVTOOLS'] !== undefined ? ['COOPKIOSK_DEVTOOLS'] : []),
  ];
  return { devTools: false, refusedSwitches: debugSwitches.filter((name) => input.hasSwitch(name)), ignored };
}

/** `--user-data-dir=DIR` (tests, several kiosks on one machine): applied with app.setPath before anything reads it. */
export function userDataDirOverride(argv: readonly string[]): string | null {
  const arg = argv.find((a) => a.startsWith('--user-data-dir='));
  const dir = arg?.slice('--user-data-dir='.length) ?? '';
  return dir === '' ? null : dir;
}
