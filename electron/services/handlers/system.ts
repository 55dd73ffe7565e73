import type { KioskHandlers, SystemInfo, SystemStatus } from '../../../shared/contract/kiosk-api';
import type { TerminalConfig } from '../../../shared/config/terminal-config';
import { ok } from '../../../shared/result';
import type { CentralClient } from '../central-client';

export interface SystemHandlerDeps {
  readonly info: SystemInfo;
  readonly config: TerminalConfig;
  readonly central: CentralClient;
  readonly now?: () => Date;
}

/** `system.*`: identity of the terminal and a live look at what it depends on. */
export function createSystemHandlers({ info, config, central, now = () => new Date() }: SystemHandlerDeps): KioskHandlers['system'] {
  return {
    info: () => Promise.resolve(ok(info)),
    status: async () => {
      const started = performance.now();
      const health = await central.health();
      const latencyMs = Math.round(performance.now() - started);
      const status: SystemStatus = {
        checkedAt: now().toISOString(),
        central: health.ok
          ? { reachable: true, latencyMs, name: health.value.name, error: null }
          : { reachable: false, latencyMs: null, name: null, error: health.error.code },
        printers: {
          receipt: receiptStatus(config.printers.receipt.interface),
          laser: config.printers.laser.queue === 'virtual'
            ? { kind: 'virtual', state: 'ready', virtual: true }
            : { kind: 'spooler', state: 'unknown', virtual: false },
        },
      };
      return ok(status);
    },
  };
}

function receiptStatus(iface: string): SystemStatus['printers']['receipt'] {
  if (iface === 'virtual') {
    return { kind: 'virtual', state: 'ready', virtual: true };
  }
  // Real-time status (DLE EOT) arrives with the receipt printer service.
  return { kind: iface.startsWith('tcp://') ? 'tcp' : 'printer', state: 'unknown', virtual: false };
}
