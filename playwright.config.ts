import { defineConfig } from '@playwright/test';
import { browserHelp, findBrowser } from './electron/browser-host/browser-path';

// Playwright's own browser downloads cannot work on our machines: drive the
// system's Chromium (Debian: apt-get install chromium) or COOPKIOSK_BROWSER.
const executablePath = findBrowser();
if (!executablePath) {
  throw new Error(browserHelp);
}

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    locale: 'es-CO',
    timezoneId: 'America/Bogota',
    viewport: { width: 1080, height: 1920 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
});
