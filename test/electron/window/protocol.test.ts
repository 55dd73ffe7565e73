import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, mimeTypeFor, resolveAppAssetPath } from '../../../electron/window/protocol';
import { serveAppAsset } from '../../../electron/window/serve-asset';

const root = '/srv/kiosk/dist/renderer';

describe('resolveAppAssetPath', () => {
  it('maps app://kiosk paths into the renderer folder', () => {
    expect(resolveAppAssetPath(root, APP_ENTRY_URL)).toBe(join(root, 'index.html'));
    expect(resolveAppAssetPath(root, 'app://kiosk/assets/index-abc123.js')).toBe(join(root, 'assets/index-abc123.js'));
    expect(resolveAppAssetPath(root, 'app://kiosk/assets/logo%20grande.svg?v=2#x')).toBe(
      join(root, 'assets/logo grande.svg'),
    );
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppAssetPath(root, 'app://kiosk/')).toBe(join(root, 'index.html'));
    expect(resolveAppAssetPath(root, 'app://kiosk')).toBe(join(root, 'index.html'));
  });

  it.each([
    ['plain dot-dot', 'app://kiosk/../../etc/passwd'],
    ['dot-dot inside', 'app://kiosk/assets/../../secret.json'],
    ['encoded dots', 'app://kiosk/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed encoded dots', 'app://kiosk/.%2E/secret'],
    ['encoded slash', 'app://kiosk/..%2f..%2fetc%2fpasswd'],
    ['encoded backslash', 'app://kiosk/..%5c..%5cwindows%5csystem32'],
    ['absolute path', 'app://kiosk//etc/passwd'],
    ['encoded absolute path', 'app://kiosk/%2fetc%2fpasswd'],
    ['drive letter', 'app://kiosk/C:/Windows/win.ini'],
    ['NUL byte', 'app://kiosk/index.html%00.png'],
    ['single dot', 'app://kiosk/./index.html'],
    ['malformed escape', 'app://kiosk/%E0%A4%A'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppAssetPath(root, url)).toBeNull();
  });

  it('keeps double-encoded dots as a literal (harmless) name rather than decoding twice', () => {
    expect(resolveAppAssetPath(root, 'app://kiosk/assets/%252e%252e')).toBe(join(root, 'assets/%2e%2e'));
  });

  it.each([
    'app://evil/index.html',
    'app://kiosk.evil.com/index.html',
    'app://user:pw@kiosk/index.html',
    'https://kiosk/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses other origins: %s', (url) => {
    expect(resolveAppAssetPath(root, url)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/app.JS', 'text/javascript; charset=utf-8'],
    ['a/chunk.mjs', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['photo.png', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['data.json', 'application/json; charset=utf-8'],
    ['mystery.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s → %s', (path, type) => {
    expect(mimeTypeFor(path)).toBe(type);
  });
});

describe('serveAppAsset', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'coopkiosk-protocol-'));
    mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><div id="app"></div>');
    writeFileSync(join(dir, 'renderer', 'assets', 'main.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'outside the root');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const rendererDir = (): string => join(dir, 'renderer');

  it('serves a file with its type, the CSP and nosniff', async () => {
    const response = await serveAppAsset(rendererDir(), { url: APP_ENTRY_URL, method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('id="app"');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await serveAppAsset(rendererDir(), { url: 'app://kiosk/assets/main.js', method: 'GET' });
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files, folders and refused paths alike', async () => {
    for (const url of [
      'app://kiosk/nope.js',
      'app://kiosk/assets',
      'app://kiosk/..%2fsecret.txt',
      'app://other/index.html',
    ]) {
      const response = await serveAppAsset(rendererDir(), { url, method: 'GET' });
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside the root');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await serveAppAsset(rendererDir(), { url: APP_ENTRY_URL, method: 'POST' })).status).toBe(405);
    const head = await serveAppAsset(rendererDir(), { url: APP_ENTRY_URL, method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
