import { describe, expect, it } from 'vitest';
import { kioskWindowOptions } from '../../../electron/window/options';

const base = { preloadPath: '/app/dist-electron/preload.cjs', brandBackground: '#12345a' };

describe('kioskWindowOptions', () => {
  it('builds a frameless kiosk window that stays hidden until painted', () => {
    const options = kioskWindowOptions({ ...base, devTools: false });
    expect(options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      autoHideMenuBar: true,
      show: false,
      backgroundColor: '#12345a',
    });
  });

  it('locks down every webPreferences security flag', () => {
    const prefs = kioskWindowOptions({ ...base, devTools: false }).webPreferences;
    expect(prefs).toEqual({
      preload: '/app/dist-electron/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('enables DevTools only when asked to', () => {
    expect(kioskWindowOptions({ ...base, devTools: true }).webPreferences?.devTools).toBe(true);
    expect(kioskWindowOptions({ ...base, devTools: false }).webPreferences?.devTools).toBe(false);
  });
});
