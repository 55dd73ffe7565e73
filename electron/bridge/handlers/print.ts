import type { KioskHandlers } from '../../../shared/contract/kiosk-api';
import { ok } from '../../../shared/result';
import type { PrinterStatusService } from '../../services/printing/printer-status';
import type { SimulationPrinter } from '../../services/printing/simulation-print';
import type { StatementPrinter } from '../../services/printing/statement-print';
import type { SessionManager } from '../../services/session';
import { endSessionIfGone, requireMemberSession } from './member-session';

/** `print.*`: the target is an enum; devices, data and the verification code are main's business. */
export function createPrintHandlers(deps: {
  readonly sessions: SessionManager;
  readonly printers: PrinterStatusService;
  readonly statements: StatementPrinter;
  readonly simulations: SimulationPrinter;
}): Pick<KioskHandlers, 'print'> {
  const { sessions, printers, statements, simulations } = deps;
  return {
    print: {
      // No personal data: answered with or without a session (the welcome screen shows it too).
      status: async () => ok(await printers.query()),
      statement: async (request) => {
        const session = requireMemberSession(sessions);
        return session.ok ? endSessionIfGone(sessions, await statements.print(session.value.token, request)) : session;
      },
      simulation: async (request) => {
        const session = requireMemberSession(sessions);
        return session.ok ? simulations.print(session.value.member, request) : session;
      },
      preview: async (request) => {
        const session = requireMemberSession(sessions);
        return session.ok
          ? endSessionIfGone(sessions, await statements.preview(session.value.token, request))
          : session;
      },
    },
  };
}
