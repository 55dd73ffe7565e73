import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export const browserHelp =
  'No Chromium-based browser found. Install one (Debian/Ubuntu: apt-get install chromium) ' +
  'or name it with COOPKIOSK_BROWSER=/path/to/chromium.';

/** The browser to drive: COOPKIOSK_BROWSER if set, else the first known install that exists. */
export function findBrowser(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const named = env.COOPKIOSK_BROWSER;
  if (named) {
    return existsSync(named) ? named : null;
  }
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Flags for a locked-down kiosk window on a machine with no outside network. */
export function kioskBrowserArgs(url: string, userDataDir: string, isRoot: boolean): string[] {
  return [
    `--app=${url}`,
    '--kiosk',
    `--user-data-dir=${userDataDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-translate',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    ...(isRoot ? ['--no-sandbox'] : []),
  ];
}
