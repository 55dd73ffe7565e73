import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';

/*
 * The Electron bundles; building never starts Electron. Main keeps the
 * runtime dependencies external (electron-builder ships them in
 * node_modules). The demo central is its own chunk, loaded by the core only
 * when the config asks for demo mode, so main.cjs holds no persona. The
 * preload is sandboxed, where `require` only knows 'electron' and a few
 * builtins, so everything it uses is bundled into one file.
 */

/** The demo central's entry, as the core imports it; resolved to the chunk beside main.cjs. */
const demoCentralImport = /[\\/]demo-central[\\/]server$|^\.\.\/demo-central\/server$/;
export const demoCentralChunk = 'demo-central.cjs';

const demoCentralAsChunk: Plugin = {
  name: 'demo-central-as-chunk',
  setup(b) {
    b.onResolve({ filter: demoCentralImport }, (args) =>
      args.importer.endsWith(join('core', 'create-core.ts'))
        ? { path: `./${demoCentralChunk}`, external: true }
        : undefined,
    );
  },
};

export interface BuiltBundles {
  readonly files: readonly string[];
}

export async function buildElectronBundles(root: string, outdir: string): Promise<BuiltBundles> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const node: BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', ...Object.keys(pkg.dependencies ?? {})],
    // Modules that also run under tsx (ESM) use import.meta.url; in a CJS bundle it is the bundle's own URL.
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
    // Spanish text stays readable in the bundle (and greppable by the tests).
    charset: 'utf8',
    sourcemap: 'linked',
    logLevel: 'warning',
  };
  await Promise.all([
    build({
      ...node,
      entryPoints: [join(root, 'electron/main.ts')],
      outfile: join(outdir, 'main.cjs'),
      plugins: [demoCentralAsChunk],
      // import() becomes require(): a CommonJS load is what works from inside app.asar on every Electron.
      supported: { 'dynamic-import': false },
    }),
    build({
      ...node,
      entryPoints: [join(root, 'electron/demo-central/server.ts')],
      outfile: join(outdir, demoCentralChunk),
    }),
    // pdfmake blocks its thread: the PDF renders on a worker, which render-in-worker.ts finds beside main.cjs.
    build({
      ...node,
      entryPoints: [join(root, 'electron/services/printing/laser/pdf/worker.ts')],
      outfile: join(outdir, 'pdf-worker.cjs'),
    }),
    build({
      entryPoints: [join(root, 'electron/preload.ts')],
      outfile: join(outdir, 'preload.cjs'),
      bundle: true,
      // Electron 45 ships Chromium 140; the sandboxed preload is a browser context, not Node.
      platform: 'browser',
      format: 'cjs',
      target: 'chrome140',
      // The preload reads the zod-free method list (kiosk-client.ts), never the schemas.
      minify: true,
      external: ['electron'],
      sourcemap: 'linked',
      logLevel: 'warning',
    }),
  ]);
  return { files: ['main.cjs', demoCentralChunk, 'pdf-worker.cjs', 'preload.cjs'] };
}
