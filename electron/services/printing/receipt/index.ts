import type { z } from 'zod';
import type { receiptPrinterSchema } from '../../../../shared/config/terminal-config';
import type { PrinterState } from '../../../../shared/contract/kiosk-api';
import type { StatementDocument } from '../../../../shared/documents/statement-document';
import type { Logger } from '../../logger';
import type { PrinterDevice, PrintOutcome } from '../device';
import type { SimulationDocument } from '../../../../shared/documents/simulation-document';
import { encodeReceipt, previewReceipt, receiptText, type ReceiptDocument } from './encode';
import {
  createCupsAdapter,
  isValidQueueName,
  runCommand,
  windowsWithoutAdapter,
  type RawQueueAdapter,
  type RunCommand,
} from './raw-spooler';
import { defaultTcpTimeouts, parseTcpInterface, sendTcpJob, tcpStatus, type TcpTimeouts } from './tcp-transport';
import { writeVirtualReceipt } from './virtual';

export type ReceiptPrinterConfig = z.output<typeof receiptPrinterSchema>;

/** The receipt printer also prints a simulation's key figures. */
export interface ReceiptPrinterDevice extends PrinterDevice {
  printSimulation(document: SimulationDocument): Promise<PrintOutcome>;
}

export interface ReceiptPrinterDeps {
  /** The kiosk's data folder; the virtual printer writes under <dataDir>/virtual-printer. */
  readonly dataDir: string;
  readonly log: Logger;
  readonly now?: () => Date;
  readonly timeouts?: Partial<TcpTimeouts>;
  /** Which spooler adapter `printer:NAME` uses; default the running OS. */
  readonly platform?: NodeJS.Platform;
  /** Process runner for `lp`/`lpstat` (tests spy on it). */
  readonly run?: RunCommand;
  /** Replaces the OS's raw-queue adapter: the seam for a Windows spooler adapter. */
  readonly rawAdapter?: RawQueueAdapter;
}

/** How the job travels; everything before it (layout, bytes, preview) is shared. */
interface Transport {
  readonly kind: PrinterDevice['kind'];
  status(): Promise<PrinterState>;
  send(bytes: Buffer): Promise<{ ok: true; file?: string } | { ok: false; state: PrinterState; reason: string }>;
}

function transportFor(config: ReceiptPrinterConfig, deps: ReceiptPrinterDeps): Transport {
  const spec = config.interface;
  if (spec === 'virtual') {
    return {
      kind: 'virtual',
      status: () => Promise.resolve('ready'),
      send: async (bytes) => {
        const copy = await writeVirtualReceipt(
          deps.dataDir,
          bytes,
          receiptText(bytes),
          (deps.now ?? (() => new Date()))(),
        );
        return { ok: true, file: copy.file };
      },
    };
  }
  if (spec.startsWith('printer:')) {
    const name = spec.slice('printer:'.length);
    const adapter =
      deps.rawAdapter ??
      ((deps.platform ?? process.platform) === 'win32'
        ? windowsWithoutAdapter
        : createCupsAdapter(deps.run ?? runCommand));
    // Checked here as well as in the config schema: the name reaches a process's argument list.
    if (!isValidQueueName(name)) {
      return {
        kind: 'printer',
        status: () => Promise.resolve('offline'),
        send: () => Promise.resolve({ ok: false, state: 'offline', reason: 'invalid queue name' }),
      };
    }
    return { kind: 'printer', status: () => adapter.status(name), send: (bytes) => adapter.submit(name, bytes) };
  }
  const target = parseTcpInterface(spec);
  const timeouts = { ...defaultTcpTimeouts, ...deps.timeouts };
  if (!target) {
    return {
      kind: 'tcp',
      status: () => Promise.resolve('offline'),
      send: () => Promise.resolve({ ok: false, state: 'offline', reason: 'invalid tcp interface' }),
    };
  }
  return {
    kind: 'tcp',
    status: () => tcpStatus(target, timeouts),
    send: (bytes) => sendTcpJob(target, bytes, timeouts),
  };
}

/**
 * The receipt printer (ESC/POS) as a PrinterDevice: `tcp://host:port`,
 * `printer:NAME` (an OS raw queue) or `virtual`. Logs carry the interface
 * kind, states, byte counts and durations, never a name or a document.
 */
export function createReceiptPrinter(config: ReceiptPrinterConfig, deps: ReceiptPrinterDeps): ReceiptPrinterDevice {
  const transport = transportFor(config, deps);
  const { log } = deps;
  return {
    kind: transport.kind,
    status: async () => {
      const started = Date.now();
      const state = await transport.status();
      log.debug('receipt.status', { via: transport.kind, state, ms: Date.now() - started });
      return state;
    },
    preview: (document: StatementDocument) => Promise.resolve(previewReceipt(document, config)),
    print: (document: StatementDocument) => printDocument(document),
    printSimulation: (document: SimulationDocument) => printDocument(document),
  };

  async function printDocument(document: ReceiptDocument): Promise<PrintOutcome> {
    const started = Date.now();
    const bytes = encodeReceipt(document, config);
    // Epson bytes decode as they are; Star bytes need the Epson rendering of the same layout.
    const previewLines = config.type === 'epson' ? receiptText(bytes) : previewReceipt(document, config);
    const sent = await transport.send(bytes);
    const fields = { via: transport.kind, bytes: bytes.length, ms: Date.now() - started };
    if (!sent.ok) {
      log.warn('receipt.print-failed', { ...fields, state: sent.state, reason: sent.reason });
      return { ok: false, state: sent.state, reason: sent.reason };
    }
    log.info('receipt.printed', { ...fields, lines: previewLines.length });
    return {
      ok: true,
      pages: previewLines.length,
      virtualCopy: sent.file ? { file: sent.file, previewLines } : null,
    };
  }
}
