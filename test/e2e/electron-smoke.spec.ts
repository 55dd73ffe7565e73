import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/*
 * The real Electron shell, end to end. Requiring 'electron' from Node would
 * try to download the binary (impossible on our build machines), so the
 * binary is located the way node_modules/electron/index.js does it, without
 * running that file.
 */
const root = resolve(import.meta.dirname, '../..');

function installedElectron(): string | null {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) {
    return null;
  }
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = installedElectron();

test.describe('Electron shell', () => {
  test.skip(
    binary === null,
    'Electron binary not installed (cannot be downloaded here); runs where node_modules/electron/dist exists',
  ); // why: no Electron binary

  let dir: string;
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coopkiosk-electron-'));
  });
  test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('shows the welcome screen through the sandboxed bridge', async () => {
    const main = join(root, 'dist-electron/main.cjs');
    expect(existsSync(main), 'run "npm run build" first: dist-electron/main.cjs is missing').toBe(true);
    expect(
      existsSync(join(root, 'dist/renderer/index.html')),
      'run "npm run build" first: dist/renderer is missing',
    ).toBe(true);
    const config = join(dir, 'terminal.json');
    writeFileSync(config, readFileSync(join(root, 'build/config-examples/demo.json')));
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (e): e is [string, string] => e[1] !== undefined && e[0] !== 'COOPKIOSK_DEVTOOLS',
      ),
    );

    const app = await electron.launch({
      executablePath: binary ?? '',
      args: [main, '--config', config, `--user-data-dir=${join(dir, 'user-data')}`],
      env,
    });
    try {
      const page = await app.firstWindow();
      await page.locator('[data-state="ready"]').waitFor();
      await expect(page.getByRole('button', { name: 'Ingresar' })).toBeVisible();
      expect(page.url()).toBe('app://kiosk/index.html');

      // The bridge is there, Node is not. Strings, because this file is type-checked without the DOM library.
      expect(await page.evaluate('typeof window.kiosk')).toBe('object');
      expect(await page.evaluate('typeof window.require')).toBe('undefined');
      expect(await page.evaluate('typeof process')).toBe('undefined');
      expect(await page.evaluate('window.kiosk.system.info().then((r) => r.ok && r.value.host)')).toBe('electron');

      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isKiosk()))).toEqual([
        true,
      ]);
      expect(existsSync(join(dir, 'user-data', 'logs'))).toBe(true);
    } finally {
      await app.close();
    }
  });
});
