import type { BrowserWindowConstructorOptions } from 'electron';

export interface KioskWindowInput {
  /** Absolute path of the bundled, sandboxed preload (dist-electron/preload.cjs). */
  readonly preloadPath: string;
  /** Only with the explicit development flag (--devtools / COOPKIOSK_DEVTOOLS=1). */
  readonly devTools: boolean;
  /** Painted before the renderer draws, so a reload never flashes white. */
  readonly brandBackground: string;
}

/**
 * The kiosk window, locked down. Pure so that every security flag is asserted
 * by a unit test instead of trusted to a reviewer's eye.
 */
export function kioskWindowOptions({
  preloadPath,
  devTools,
  brandBackground,
}: KioskWindowInput): BrowserWindowConstructorOptions {
  return {
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: brandBackground,
    // Shown on ready-to-show: the member never sees an empty frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      enableWebSQL: false,
      safeDialogs: true,
      // Middle-click (auxclick) opens links in new windows; the window-open handler denies them, this stops them earlier.
      disableBlinkFeatures: 'Auxclick',
      devTools,
    },
  };
}
