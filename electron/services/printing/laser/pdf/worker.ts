import { parentPort } from 'node:worker_threads';
import type { StatementPdfOptions } from './doc-definition';
import { renderStatementPdfHere, type PdfDocument } from './render';

/** Messages between render-in-worker.ts and this worker. */
export interface PdfJob {
  readonly document: PdfDocument;
  readonly options: StatementPdfOptions;
}
export type PdfJobResult =
  | { readonly ok: true; readonly pdf: Uint8Array; readonly pages: number }
  | { readonly ok: false; readonly message: string };

// One job per worker: the parent starts a fresh thread for each render and
// ends it afterwards, which hands pdfmake's few hundred MB back to the OS.
parentPort?.once('message', (job: PdfJob) => {
  renderStatementPdfHere(job.document, job.options).then(
    ({ pdf, pages }) => {
      const result: PdfJobResult = { ok: true, pdf, pages };
      parentPort?.postMessage(result, [pdf.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const result: PdfJobResult = { ok: false, message: error instanceof Error ? error.message : String(error) };
      parentPort?.postMessage(result);
    },
  );
});
