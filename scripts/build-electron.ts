import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/*
 * Bundles the Electron entry points; it never starts Electron. Main keeps the
 * runtime dependencies external (electron-builder ships them in
 * node_modules). The preload is sandboxed, where `require` only knows
 * 'electron' and a few builtins, so everything else is bundled into one file.
 */
const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
const outdir = join(root, 'dist-electron');

await Promise.all([
  build({
    entryPoints: [join(root, 'electron/main.ts')],
    outfile: join(outdir, 'main.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', ...Object.keys(pkg.dependencies ?? {})],
    // Modules that also run under tsx (ESM) use import.meta.url; in the CJS bundle it is main.cjs's own URL.
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
    sourcemap: 'linked',
    logLevel: 'warning',
  }),
  // The statement PDF renders on a worker thread (pdfmake blocks its thread); render-in-worker.ts
  // finds this file beside main.cjs. pdfmake stays external so it reads its fonts from node_modules.
  build({
    entryPoints: [join(root, 'electron/services/printing/laser/pdf/worker.ts')],
    outfile: join(outdir, 'pdf-worker.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', ...Object.keys(pkg.dependencies ?? {})],
    sourcemap: 'linked',
    logLevel: 'warning',
  }),
  build({
    entryPoints: [join(root, 'electron/preload.ts')],
    outfile: join(outdir, 'preload.cjs'),
    bundle: true,
    // Electron 45 ships Chromium 140; the sandboxed preload is a browser context, not Node.
    platform: 'browser',
    format: 'cjs',
    target: 'chrome140',
    // buildKioskClient brings the contract module and with it zod (~455 kB minified,
    // ~760 kB not): it is parsed on every page load, so keep it small.
    minify: true,
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: 'warning',
  }),
]);
process.stdout.write(`built ${['main.cjs', 'pdf-worker.cjs', 'preload.cjs'].map((f) => join('dist-electron', f)).join(', ')}\n`);
