import type { PrintSimulationRequest, PrintSimulationResult } from '../../../shared/contract/kiosk-simulation';
import { simulationDocument, type SimulationDocument } from '../../../shared/documents/simulation-document';
import { isPrintableState } from '../../../shared/contract/values';
import { fail, ok, type Result } from '../../../shared/result';
import type { Logger } from '../logger';
import type { PrintOutcome } from './device';
import type { LaserPrinterDevice } from './laser';
import { deviceState, type PrinterStatusService } from './printer-status';
import type { ReceiptPrinterDevice } from './receipt';
import type { TerminalIdentity } from './statement-print';

export interface SimulationPrintDeps {
  readonly printers: PrinterStatusService<{
    readonly receipt: ReceiptPrinterDevice;
    readonly laser: LaserPrinterDevice;
  }>;
  readonly terminal: TerminalIdentity;
  readonly log: Logger;
  readonly now?: () => Date;
  readonly statusTimeoutMs?: number;
}

/**
 * Prints a simulation: main computes it again from the parameters the page
 * sent (bounded by the bridge schema) with shared/finance, so paper shows
 * main's figures; the receipt gets the key figures, the laser page the whole
 * schedule. The member is named from main's session, never from the page.
 */
export function createSimulationPrinter(deps: SimulationPrintDeps) {
  const { printers, terminal, log, now = () => new Date(), statusTimeoutMs = 4_000 } = deps;
  let printing = false;

  async function printOn(
    target: PrintSimulationRequest['target'],
    document: SimulationDocument,
  ): Promise<PrintOutcome> {
    try {
      return target === 'receipt'
        ? await printers.devices.receipt.printSimulation(document)
        : await printers.devices.laser.printSimulation(document);
    } catch (error) {
      return { ok: false, state: 'unknown', reason: `device threw: ${(error as Error).message}` };
    }
  }

  return {
    async print(
      member: { readonly fullName: string; readonly docNumberMasked: string },
      request: PrintSimulationRequest,
    ): Promise<Result<PrintSimulationResult>> {
      const { target } = request;
      if (printing) {
        return fail('printer-unavailable', 'a document is already printing', { state: 'unknown', target, busy: true });
      }
      printing = true;
      try {
        const state = await deviceState(printers.devices[target], statusTimeoutMs);
        if (!isPrintableState(state)) {
          log.warn('print.printer-unavailable', { target, state, document: 'simulation' });
          return fail('printer-unavailable', `${target} printer is ${state}`, { state, target });
        }
        const document = simulationDocument(request.simulation, {
          cooperative: terminal.cooperative,
          branch: terminal.branch,
          terminalId: terminal.terminalId,
          issuedAt: now().toISOString(),
          member: { fullName: member.fullName, documentMasked: member.docNumberMasked },
        });
        const outcome = await printOn(target, document);
        if (!outcome.ok && outcome.tooManyPages) {
          return fail('too-many-pages', outcome.reason, { ...outcome.tooManyPages, target });
        }
        if (!outcome.ok) {
          log.warn('print.failed', { target, state: outcome.state, reason: outcome.reason, document: 'simulation' });
          return fail('print-failed', outcome.reason, { state: outcome.state, target });
        }
        log.info('print.simulation-printed', { target, kind: request.simulation.kind, pages: outcome.pages });
        return ok({
          outcome: 'printed',
          target,
          pages: outcome.pages,
          virtualCopy: outcome.virtualCopy ? { previewLines: [...outcome.virtualCopy.previewLines] } : null,
        });
      } finally {
        printing = false;
      }
    },
  };
}

export type SimulationPrinter = ReturnType<typeof createSimulationPrinter>;
