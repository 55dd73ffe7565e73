import type { StatementDocument } from '../../../../shared/documents/statement-document';
import type { Logger } from '../../logger';
import type { PrinterDevice, PrintOutcome } from '../device';
import type { LaserPaper } from './pdf/doc-definition';
import { renderStatementPdf, type PdfRenderResult } from './pdf/render-in-worker';
import { statementSummaryLines } from './pdf/summary';
import type { Spooler } from './spooler';

/** The laser printer adds the page count to its preview (the receipt's preview is its text). */
export interface LaserPrinterDevice extends PrinterDevice {
  readonly paper: LaserPaper;
  previewWithPages(document: StatementDocument): Promise<{ readonly lines: readonly string[]; readonly pages: number }>;
}

export interface LaserDeviceOptions {
  readonly paper: LaserPaper;
  readonly log: Logger;
  /** Injectable for tests; defaults to the worker-thread renderer. */
  readonly render?: (document: StatementDocument, paper: LaserPaper) => Promise<PdfRenderResult>;
  readonly now?: () => Date;
}

/** A PDF statement renderer in front of a spooler (CUPS, Windows or virtual). */
export function createLaserDevice(spooler: Spooler, o: LaserDeviceOptions): LaserPrinterDevice {
  const { paper, log, render = (doc, p) => renderStatementPdf(doc, { paper: p }), now = () => new Date() } = o;
  let sequence = 0;
  const jobTitle = (): string => {
    sequence = (sequence + 1) % 1000;
    // Only [A-Za-z0-9_-]: cups-pdf turns the title into the output file name.
    return `statement-${now().toISOString().replace(/[-:.]/g, '')}-${String(sequence).padStart(3, '0')}`;
  };

  const rendered = async (document: StatementDocument): Promise<PdfRenderResult> => {
    const result = await render(document, paper);
    if (result.ok) {
      log.info('laser.pdf-rendered', { pages: result.pages, ms: result.ms, bytes: result.pdf.byteLength });
    } else {
      log.error('laser.pdf-failed', { reason: result.reason });
    }
    return result;
  };

  const previewWithPages = async (document: StatementDocument): Promise<{ lines: string[]; pages: number }> => {
    const pdf = await rendered(document);
    // Without a PDF the summary still describes the document; the page count is then unknown (0).
    const pages = pdf.ok ? pdf.pages : 0;
    return { lines: statementSummaryLines(document, pages, paper), pages };
  };

  return {
    kind: spooler.kind,
    paper,
    status: () => spooler.status(),
    async print(document): Promise<PrintOutcome> {
      const pdf = await rendered(document);
      if (!pdf.ok) {
        return { ok: false, state: 'unknown', reason: pdf.reason };
      }
      const spooled = await spooler.print(pdf.pdf, jobTitle());
      if (!spooled.ok) {
        log.warn('laser.print-failed', { state: spooled.state, reason: spooled.reason });
        return spooled;
      }
      const previewLines = statementSummaryLines(document, pdf.pages, paper);
      return {
        ok: true,
        pages: pdf.pages,
        virtualCopy: spooled.keptFile ? { file: spooled.keptFile, previewLines } : null,
      };
    },
    preview: async (document) => (await previewWithPages(document)).lines,
    previewWithPages,
  };
}
