import type { SimulationDocument } from '../../../../shared/documents/simulation-document';
import type { StatementDocument } from '../../../../shared/documents/statement-document';
import type { Logger } from '../../logger';
import type { PrinterDevice, PrintOutcome } from '../device';
import type { LaserPaper } from './pdf/doc-definition';
import type { PdfDocument } from './pdf/render';
import { renderStatementPdf, type PdfRenderResult } from './pdf/render-in-worker';
import { statementSummaryLines } from './pdf/summary';
import type { Spooler } from './spooler';

/** What the laser preview gives: the summary lines, the page count and the draft PDF (null when rendering failed). */
export interface LaserPreview {
  readonly lines: readonly string[];
  readonly pages: number;
  readonly pdf: Uint8Array | null;
}

/** The laser printer adds the page count and the PDF to its preview (the receipt's preview is its text). */
export interface LaserPrinterDevice extends PrinterDevice {
  readonly paper: LaserPaper;
  /** Longest statement this terminal prints (`printers.laser.maxPages`). */
  readonly maxPages: number;
  previewWithPages(document: StatementDocument): Promise<LaserPreview>;
  /** A simulation with its whole schedule on letter/A4 pages, under the same page cap. */
  printSimulation(document: SimulationDocument): Promise<PrintOutcome>;
}

/** The one rule for the page cap, used by the preview and by the print. */
export function exceedsPageCap(pages: number, maxPages: number): boolean {
  return pages > maxPages;
}

export interface LaserDeviceOptions {
  readonly paper: LaserPaper;
  readonly maxPages: number;
  readonly log: Logger;
  /** Injectable for tests; defaults to the worker-thread renderer. */
  readonly render?: (document: PdfDocument, paper: LaserPaper) => Promise<PdfRenderResult>;
  readonly now?: () => Date;
}

/** A PDF statement renderer in front of a spooler (CUPS, Windows or virtual). */
export function createLaserDevice(spooler: Spooler, o: LaserDeviceOptions): LaserPrinterDevice {
  const {
    paper,
    maxPages,
    log,
    render = (doc, p) => renderStatementPdf(doc, { paper: p }),
    now = () => new Date(),
  } = o;
  let sequence = 0;
  const jobTitle = (): string => {
    sequence = (sequence + 1) % 1000;
    // Only [A-Za-z0-9_-]: cups-pdf turns the title into the output file name.
    return `statement-${now().toISOString().replace(/[-:.]/g, '')}-${String(sequence).padStart(3, '0')}`;
  };

  const rendered = async (document: PdfDocument): Promise<PdfRenderResult> => {
    const result = await render(document, paper);
    if (result.ok) {
      log.info('laser.pdf-rendered', { pages: result.pages, ms: result.ms, bytes: result.pdf.byteLength });
    } else {
      log.error('laser.pdf-failed', { reason: result.reason });
    }
    return result;
  };

  const previewWithPages = async (document: StatementDocument): Promise<LaserPreview> => {
    const pdf = await rendered(document);
    // Without a PDF the summary still describes the document; the page count is then unknown (0).
    const pages = pdf.ok ? pdf.pages : 0;
    return { lines: statementSummaryLines(document, pages, paper), pages, pdf: pdf.ok ? pdf.pdf : null };
  };

  /** Renders, applies the page cap, spools: one path for a statement and a simulation. */
  async function spool(document: PdfDocument, summary: (pages: number) => readonly string[]): Promise<PrintOutcome> {
    const pdf = await rendered(document);
    if (!pdf.ok) {
      return { ok: false, state: 'unknown', reason: pdf.reason };
    }
    if (exceedsPageCap(pdf.pages, maxPages)) {
      log.warn('laser.too-many-pages', { pages: pdf.pages, maxPages });
      return {
        ok: false,
        state: 'ready',
        reason: `${pdf.pages} pages, over the cap of ${maxPages}`,
        tooManyPages: { pages: pdf.pages, maxPages },
      };
    }
    const spooled = await spooler.print(pdf.pdf, jobTitle());
    if (!spooled.ok) {
      log.warn('laser.print-failed', { state: spooled.state, reason: spooled.reason });
      return spooled;
    }
    const previewLines = summary(pdf.pages);
    return {
      ok: true,
      pages: pdf.pages,
      virtualCopy: spooled.keptFile ? { file: spooled.keptFile, previewLines } : null,
    };
  }

  return {
    kind: spooler.kind,
    paper,
    maxPages,
    status: () => spooler.status(),
    print: (document) => spool(document, (pages) => statementSummaryLines(document, pages, paper)),
    printSimulation: (document) =>
      spool(document, (pages) => [
        document.result.kind === 'loan' ? 'Simulación de crédito' : 'Simulación de CDAT',
        `${pages} ${pages === 1 ? 'página' : 'páginas'} (${paper === 'a4' ? 'A4' : 'carta'})`,
      ]),
    preview: async (document) => (await previewWithPages(document)).lines,
    previewWithPages,
  };
}
