import type { StatementQuery } from '../../../shared/contract/central';
import type { PrintPreview, PrintStatementRequest, PrintStatementResult } from '../../../shared/contract/kiosk-print';
import { verificationFor, type StatementDocument } from '../../../shared/documents/statement-document';
import { fail, ok, type Result } from '../../../shared/result';
import type { CentralClient } from '../central-client';
import type { Logger } from '../logger';
import type { PrinterDevice, PrintOutcome } from './device';
import { statementSha256 } from './document-hash';
import type { LaserPrinterDevice } from './laser';
import { exceedsPageCap } from './laser/laser-printer';
import { isPrintableState } from '../../../shared/contract/values';
import { deviceState, type PrinterStatusService } from './printer-status';

/** The terminal's side of every printed statement, from its config. */
export interface TerminalIdentity {
  readonly terminalId: string;
  readonly branch: StatementDocument['branch'];
  readonly cooperative: StatementDocument['cooperative'];
}

export interface StatementPrintDeps {
  readonly central: CentralClient;
  readonly printers: PrinterStatusService<{ readonly receipt: PrinterDevice; readonly laser: LaserPrinterDevice }>;
  readonly terminal: TerminalIdentity;
  /** The cooperative's public verification page (`brand.verifyUrl`): paper prints `<verifyUrl>/<code>`. */
  readonly verifyUrl: string;
  readonly log: Logger;
  readonly now?: () => Date;
  readonly statusTimeoutMs?: number;
}

/**
 * Statement printing in main: the data comes from the centre with the
 * member's token (never from the page), the centre issues the verification
 * code for the document's hash, and the chosen device prints it.
 */
export function createStatementPrinter(deps: StatementPrintDeps) {
  const { central, printers, terminal, log, now = () => new Date(), statusTimeoutMs = 4_000 } = deps;
  let printing = false;

  /** The document for a period, as a draft: no code is registered for a document that is only looked at. */
  async function assemble(
    token: string,
    period: StatementQuery,
    locale: StatementDocument['locale'],
  ): Promise<Result<StatementDocument>> {
    const [accounts, statement] = await Promise.all([central.accounts(token), central.statement(token, period)]);
    if (!accounts.ok) {
      return accounts;
    }
    if (!statement.ok) {
      return statement;
    }
    return ok({
      kind: 'statement',
      locale,
      cooperative: terminal.cooperative,
      branch: terminal.branch,
      terminalId: terminal.terminalId,
      tellerName: null,
      issuedAt: now().toISOString(),
      period: { from: period.from, to: period.to },
      member: { fullName: statement.value.member.fullName, documentMasked: statement.value.member.docNumberMasked },
      accounts: accounts.value,
      statement: statement.value,
      verification: verificationFor(deps.verifyUrl, null),
    });
  }

  async function printOn(target: PrintStatementRequest['target'], document: StatementDocument): Promise<PrintOutcome> {
    try {
      return await printers.devices[target].print(document);
    } catch (error) {
      return { ok: false, state: 'unknown', reason: `device threw: ${(error as Error).message}` };
    }
  }

  return {
    async print(token: string, request: PrintStatementRequest): Promise<Result<PrintStatementResult>> {
      const { target } = request;
      if (printing) {
        return fail('printer-unavailable', 'a statement is already printing', { state: 'unknown', target, busy: true });
      }
      printing = true;
      try {
        // Ask the device first: no code is registered for a printout that cannot happen.
        const state = await deviceState(printers.devices[target], statusTimeoutMs);
        if (!isPrintableState(state)) {
          log.warn('print.printer-unavailable', { target, state });
          return fail('printer-unavailable', `${target} printer is ${state}`, { state, target });
        }
        const assembled = await assemble(token, request, request.locale);
        if (!assembled.ok) {
          return assembled;
        }
        const period = `${request.from}/${request.to}`;
        const issued = await central.issueDocument(token, {
          kind: 'statement',
          period,
          sha256: statementSha256(assembled.value),
        });
        if (!issued.ok) {
          return issued;
        }
        const { code } = issued.value;
        const document: StatementDocument = { ...assembled.value, verification: verificationFor(deps.verifyUrl, code) };
        const outcome = await printOn(target, document);
        if (!outcome.ok && outcome.tooManyPages) {
          // The code was issued for the final document (its pages are known only once rendered): the audit keeps it.
          return fail('too-many-pages', outcome.reason, { ...outcome.tooManyPages, target, verificationCode: code });
        }
        if (!outcome.ok) {
          log.warn('print.failed', { target, state: outcome.state, reason: outcome.reason });
          return fail('print-failed', outcome.reason, { state: outcome.state, target, verificationCode: code });
        }
        log.info('print.printed', { target, pages: outcome.pages, virtual: outcome.virtualCopy !== null });
        return ok({
          outcome: 'printed',
          target,
          verificationCode: code,
          pages: outcome.pages,
          // The kept file's path stays in main: the page only gets the lines to show.
          virtualCopy: outcome.virtualCopy ? { previewLines: [...outcome.virtualCopy.previewLines] } : null,
        });
      } finally {
        printing = false;
      }
    },

    async preview(token: string, request: PrintStatementRequest): Promise<Result<PrintPreview>> {
      const assembled = await assemble(token, request, request.locale);
      if (!assembled.ok) {
        return assembled;
      }
      if (request.target === 'laser') {
        const laser = printers.devices.laser;
        const { lines, pages, pdf } = await laser.previewWithPages(assembled.value);
        if (exceedsPageCap(pages, laser.maxPages)) {
          log.warn('print.too-many-pages', { target: 'laser', pages, maxPages: laser.maxPages });
          return fail('too-many-pages', `${pages} pages, over the cap of ${laser.maxPages}`, {
            pages,
            maxPages: laser.maxPages,
            target: 'laser',
          });
        }
        return ok({ lines: [...lines], pages, ...(pdf ? { pdfBase64: Buffer.from(pdf).toString('base64') } : {}) });
      }
      return ok({ lines: [...(await printers.devices.receipt.preview(assembled.value))] });
    },
  };
}

export type StatementPrinter = ReturnType<typeof createStatementPrinter>;
