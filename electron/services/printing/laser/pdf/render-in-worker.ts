import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StatementPdfOptions } from './doc-definition';
import type { PdfDocument } from './render';
import type { PdfJob, PdfJobResult } from './worker';

/** Where the worker's code is and how Node must load it. */
export interface PdfWorkerEntry {
  /** A file, or with `eval` the worker's source code. */
  readonly file: string | URL;
  readonly eval?: boolean;
  readonly execArgv: readonly string[];
}

export type PdfRenderResult =
  | { readonly ok: true; readonly pdf: Uint8Array; readonly pages: number; readonly ms: number }
  | { readonly ok: false; readonly reason: string };

export interface RenderOptions extends StatementPdfOptions {
  /** The worker is terminated after this long (slow kiosk hardware, a runaway layout). */
  readonly timeoutMs?: number;
  readonly entry?: PdfWorkerEntry;
}

/** The bundled worker's file name, emitted next to main.cjs by scripts/build-electron.ts. */
export const bundledWorkerName = 'pdf-worker.cjs';

/**
 * tsx's ESM API file, from its package exports: `require.resolve` would give
 * the CommonJS build, whose register() fails to find its loader in a worker.
 */
function tsxEsmApiPath(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const target = pkg.exports['./esm/api']?.import.default;
  if (!target) {
    throw new Error('tsx/esm/api not found: run the services under tsx or build the bundle');
  }
  return join(dirname(manifest), target);
}

/**
 * Electron runs the esbuild bundle, where `__dirname` is dist-electron/ and
 * pdf-worker.cjs sits beside main.cjs. Under tsx (browser host, Vitest,
 * bench) there is no bundle: the TypeScript worker is loaded through tsx.
 */
export function defaultPdfWorkerEntry(): PdfWorkerEntry {
  if (typeof __dirname === 'string') {
    const bundled = join(__dirname, bundledWorkerName);
    if (existsSync(bundled)) {
      return { file: bundled, execArgv: [] };
    }
  }
  // Node 20 ignores `--import tsx` in a Worker's execArgv: register tsx inside the thread, then load the TypeScript worker.
  const tsxApi = pathToFileURL(tsxEsmApiPath()).href;
  const worker = new URL('./worker.ts', import.meta.url).href;
  const source = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`;
  return { file: source, eval: true, execArgv: [] };
}

/**
 * Renders the statement PDF on a fresh worker thread, because pdfmake blocks
 * its thread for the whole layout and main must keep answering the page
 * (and the session timers) meanwhile. One thread per job: it is ended
 * afterwards so its memory (~350 MB for 5,000 movements) goes back.
 */
export function renderStatementPdf(document: PdfDocument, options: RenderOptions): Promise<PdfRenderResult> {
  const { timeoutMs = 60_000, entry = defaultPdfWorkerEntry(), paper, protection } = options;
  const started = performance.now();
  return new Promise((resolve) => {
    const worker = new Worker(entry.file, {
      eval: entry.eval ?? false,
      execArgv: [...entry.execArgv],
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
    let settled = false;
    const finish = (result: PdfRenderResult): void => {
      if (settled) {
        return;
      }
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, reason: `pdf render timed out after ${timeoutMs} ms` }),
      timeoutMs,
    );
    worker.once('message', (result: PdfJobResult) => {
      finish(
        result.ok
          ? { ok: true, pdf: result.pdf, pages: result.pages, ms: Math.round(performance.now() - started) }
          : { ok: false, reason: result.message },
      );
    });
    worker.once('error', (error) => finish({ ok: false, reason: `pdf worker failed: ${error.message}` }));
    worker.once('exit', (code) => finish({ ok: false, reason: `pdf worker exited with code ${code}` }));
    const job: PdfJob = { document, options: { paper, ...(protection ? { protection } : {}) } };
    worker.postMessage(job);
  });
}
