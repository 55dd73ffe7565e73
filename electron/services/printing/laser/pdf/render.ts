// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- pdfmake ships no types; this keeps its declarations in every program that compiles render.ts (the bench too).
/// <reference path="./pdfmake.d.ts" />
import { dirname, resolve, sep } from 'node:path';
import pdfmake from 'pdfmake';
import Roboto from 'pdfmake/fonts/Roboto.js';
import type { SimulationDocument } from '../../../../../shared/documents/simulation-document';
import type { StatementDocument } from '../../../../../shared/documents/statement-document';
import { statementDocDefinition, type StatementPdfOptions } from './doc-definition';
import { simulationDocDefinition } from './simulation-definition';

/** What the laser printer renders: a statement, or a simulation with its schedule. */
export type PdfDocument = StatementDocument | SimulationDocument;

export interface RenderedPdf {
  readonly pdf: Uint8Array;
  readonly pages: number;
}

let configured = false;

/**
 * pdfmake is a process-wide singleton; set it up once: embedded Roboto
 * (accents and ñ, extractable text), no network at all, and no file reads
 * outside the fonts folder, so nothing in a document can make it fetch or
 * read something else.
 */
function configure(): void {
  if (configured) {
    return;
  }
  const regular = Roboto.Roboto?.normal;
  if (!regular) {
    throw new Error('pdfmake Roboto fonts not found');
  }
  const fontsDir = resolve(dirname(regular)) + sep;
  pdfmake.setFonts(Roboto);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(fontsDir));
  configured = true;
}

/**
 * Renders the statement. This blocks its thread for the whole layout (about
 * 2 s for 5,000 movements): call it only inside the PDF worker.
 */
export async function renderStatementPdfHere(doc: PdfDocument, options: StatementPdfOptions): Promise<RenderedPdf> {
  configure();
  const definition =
    doc.kind === 'statement' ? statementDocDefinition(doc, options) : simulationDocDefinition(doc, options);
  let pages = 0;
  const buffer = await pdfmake
    .createPdf({
      ...definition,
      // The footer sees the final page count; keep it for the result screen and the audit.
      footer: (current: number, count: number) => {
        pages = count;
        return definition.footer(current, count);
      },
    })
    .getBuffer();
  return { pdf: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), pages };
}
