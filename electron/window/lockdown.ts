import type { Session, WebContents } from 'electron';
import type { Logger } from '../services/logger';
import { isAppUrl, isDevToolsShortcut, permissionDecision, shouldBlockInput } from './guards';

export interface LockdownOptions {
  readonly devTools: boolean;
  readonly log: Logger;
}

/**
 * Applied to every WebContents the app creates (from `web-contents-created`),
 * so no page, frame or popup escapes it: navigation stays on app://kiosk,
 * no windows or webviews, no zoom, no reload or browser shortcuts, no
 * DevTools without the flag.
 */
export function lockDownWebContents(contents: WebContents, { devTools, log }: LockdownOptions): void {
  const refuse = (what: string, url: string): void => log.warn('window.blocked', { what, url: originOf(url) });

  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      refuse('navigate', event.url);
    }
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      refuse('frame-navigate', event.url);
    }
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      refuse('redirect', event.url);
    }
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    refuse('webview', 'about:blank');
  });
  contents.setWindowOpenHandler(({ url }) => {
    refuse('window-open', url);
    return { action: 'deny' };
  });

  contents.on('before-input-event', (event, input) => {
    if (shouldBlockInput(input, { devTools })) {
      event.preventDefault();
    } else if (devTools && input.type === 'keyDown' && isDevToolsShortcut(input)) {
      // With no application menu there is no built-in accelerator to do this.
      contents.toggleDevTools();
    }
  });
  contents.on('context-menu', (event) => event.preventDefault());
  // Ctrl+wheel and trackpad zoom arrive here rather than as keys: undo them.
  contents.on('zoom-changed', () => contents.setZoomLevel(0));
  contents.on('did-finish-load', () => {
    contents.setZoomLevel(0);
    // Pinch-zoom on the touch screen: limits are per page, so set them after every load.
    contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  });
  if (!devTools) {
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

const lockedSessions = new WeakSet<object>();

/**
 * No permission is ever granted, asked or silently checked; downloads are
 * refused. Applied to every session (`session-created`) and to the default
 * one explicitly; once per session whichever comes first.
 */
export function lockDownSession(session: Session, log: Logger): void {
  if (lockedSessions.has(session)) {
    return;
  }
  lockedSessions.add(session);
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('window.permission-denied', { permission });
    callback(permissionDecision());
  });
  session.setPermissionCheckHandler(() => permissionDecision());
  session.setDevicePermissionHandler(() => permissionDecision());
  session.on('will-download', (event) => {
    event.preventDefault();
    log.warn('window.blocked', { what: 'download' });
  });
}

/** Log only the origin: a blocked URL's path or query could carry personal data. */
function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? parsed.protocol : parsed.origin;
  } catch {
    return 'unparsable';
  }
}

/**
 * Everything a member's visit can leave in Chromium's storage. IndexedDB is
 * kept: it holds the outbox (sealed payloads only) and the catalog cache, and
 * must survive sign-out.
 */
export const memberTraceStorages = [
  'cookies',
  'localstorage',
  'shadercache',
  'cachestorage',
  'serviceworkers',
  'filesystem',
] as const;

/** Wipes the session's HTTP cache and storage (except IndexedDB) before the page is reloaded for the next member. */
export async function wipeMemberTraces(session: Pick<Session, 'clearCache' | 'clearStorageData'>): Promise<void> {
  await session.clearCache();
  await session.clearStorageData({ storages: [...memberTraceStorages] });
}
