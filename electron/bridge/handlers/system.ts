import type { KioskHandlers, SystemInfo, SystemStatus } from '../../../shared/contract/kiosk-api';
import { ok } from '../../../shared/result';
import type { CentralClient } from '../../services/central-client';
import type { PrinterStatusService } from '../../services/printing/printer-status';
import type { PageErrorLog } from './page-errors';

export interface SystemHandlerDeps {
  readonly info: SystemInfo;
  readonly central: CentralClient;
  /** Real device queries (DLE EOT, CUPS), each bounded by a timeout. */
  readonly printers: PrinterStatusService;
  readonly pageErrors: PageErrorLog;
  readonly now?: () => Date;
}

/** `system.*`: identity of the terminal and a live look at what it depends on. */
export function createSystemHandlers({
  info,
  central,
  printers,
  pageErrors,
  now = () => new Date(),
}: SystemHandlerDeps): KioskHandlers['system'] {
  return {
    info: () => Promise.resolve(ok(info)),
    reportError: (error) => pageErrors.report(error),
    status: async () => {
      const started = performance.now();
      const printerQuery = printers.query();
      const health = await central.health();
      const latencyMs = Math.round(performance.now() - started);
      const status: SystemStatus = {
        checkedAt: now().toISOString(),
        central: health.ok
          ? { reachable: true, latencyMs, name: health.value.name, error: null }
          : { reachable: false, latencyMs: null, name: null, error: health.error.code },
        printers: await printerQuery,
      };
      return ok(status);
    },
  };
}
