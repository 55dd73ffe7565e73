import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { median, report, spawnUntil, stop } from './lib';

const root = resolve(import.meta.dirname, '..');
const runs = 5;

/** Time from spawning a host process to its page painted and marked ready, in a fresh browser context. */
async function coldStart(browser: Browser, command: string, args: string[], pattern: RegExp): Promise<number> {
  const started = performance.now();
  const { child, url } = await spawnUntil(command, args, pattern);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('#app[data-state="ready"]').waitFor();
    const elapsed = performance.now() - started;
    await context.close();
    return elapsed;
  } finally {
    await stop(child);
  }
}

function initialJsGzipKb(dir: string): number {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const bytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0);
  return bytes / 1024;
}

export async function foundationBench(browser: Browser): Promise<void> {
  const baselineOut = join(root, 'bench/out/baseline');
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      'bench/baseline',
      '--logLevel',
      'error',
      '--outDir',
      baselineOut,
      '--emptyOutDir',
      '--base',
      './',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const rendererDir = join(root, 'dist/renderer');
  report('renderer initial JS', initialJsGzipKb(rendererDir), 'kB gzip');
  report('baseline (empty Vite page) initial JS', initialJsGzipKb(baselineOut), 'kB gzip');
  console.log(`  (renderer assets: ${readdirSync(join(rendererDir, 'assets')).length} files)`);

  const host: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const dataDir = mkdtempSync(join(tmpdir(), 'coopkiosk-bench-'));
    host.push(
      await coldStart(
        browser,
        process.execPath,
        [
          '--import',
          'tsx',
          join(root, 'electron/browser-host/cli.ts'),
          '--port',
          '0',
          '--data-dir',
          dataDir,
          '--quiet',
        ],
        /CoopKiosk browser host: (\S+)/,
      ),
    );
    rmSync(dataDir, { recursive: true, force: true });
    baseline.push(
      await coldStart(
        browser,
        process.execPath,
        ['--import', 'tsx', join(root, 'bench/baseline/server.ts'), baselineOut],
        /baseline listening: (\S+)/,
      ),
    );
  }
  const hostMs = median(host);
  const baseMs = median(baseline);
  report('browser-host cold start to welcome painted (median of 5)', Math.round(hostMs), 'ms');
  report('baseline cold start, empty Vite page on a bare node server (median of 5)', Math.round(baseMs), 'ms');
  report('cold start ratio host/baseline', hostMs / baseMs, 'x');
}
