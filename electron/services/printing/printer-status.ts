import type { PrinterState } from '../../../shared/contract/values';
import type { PrintStatus } from '../../../shared/contract/kiosk-print';
import type { PrinterDevice } from './device';

export interface PrinterDevices {
  readonly receipt: PrinterDevice;
  readonly laser: PrinterDevice;
}

/** A device that does not answer in time (hung spooler, unplugged printer) is 'unknown', never a hang. */
export async function deviceState(device: PrinterDevice, timeoutMs: number): Promise<PrinterState> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<PrinterState>((resolve) => {
    timer = setTimeout(() => resolve('unknown'), timeoutMs);
  });
  try {
    return await Promise.race([device.status().catch((): PrinterState => 'unknown'), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Both printers queried in parallel. The last answer is kept for the
 * heartbeat, which reports printer states without querying devices itself.
 */
export interface PrinterStatusService<D extends PrinterDevices = PrinterDevices> {
  readonly devices: D;
  query(): Promise<PrintStatus>;
  /** The states of the last query, 'unknown' before the first. */
  lastKnown(): Record<string, string>;
}

export function createPrinterStatus<D extends PrinterDevices>(devices: D, timeoutMs = 4_000): PrinterStatusService<D> {
  let lastKnown: Record<'receipt' | 'laser', PrinterState> = { receipt: 'unknown', laser: 'unknown' };
  return {
    devices,
    async query(): Promise<PrintStatus> {
      const [receipt, laser] = await Promise.all([
        deviceState(devices.receipt, timeoutMs),
        deviceState(devices.laser, timeoutMs),
      ]);
      lastKnown = { receipt, laser };
      return {
        receipt: { kind: devices.receipt.kind, state: receipt, virtual: devices.receipt.kind === 'virtual' },
        laser: { kind: devices.laser.kind, state: laser, virtual: devices.laser.kind === 'virtual' },
      };
    },
    lastKnown: () => ({ ...lastKnown }),
  };
}
