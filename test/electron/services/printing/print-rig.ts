import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrinterState } from '../../../../shared/contract/kiosk-api';
import type { StatementDocument } from '../../../../shared/documents/statement-document';
import { createCentralClient, type CentralClient } from '../../../../electron/services/central-client';
import { createPrintHandlers } from '../../../../electron/bridge/handlers/print';
import { createStatementHandlers } from '../../../../electron/bridge/handlers/statement';
import { createLogger } from '../../../../electron/services/logger';
import type { PrintOutcome } from '../../../../electron/services/printing/device';
import type { ReceiptPrinterDevice } from '../../../../electron/services/printing/receipt';
import { createSimulationPrinter } from '../../../../electron/services/printing/simulation-print';
import type { SimulationDocument } from '../../../../shared/documents/simulation-document';
import { createLaserPrinter } from '../../../../electron/services/printing/laser';
import { createPrinterStatus } from '../../../../electron/services/printing/printer-status';
import { createStatementPrinter } from '../../../../electron/services/printing/statement-print';
import { createSessionManager, type SessionManager } from '../../../../electron/services/session';
import type { DemoCentral } from '../../../../electron/demo-central/server';
import { start, stop, terminal } from '../../demo-central/harness';

/** A receipt printer whose state and job outcome a test sets (paper out mid-job, offline). */
export function scriptedReceipt(): ReceiptPrinterDevice & {
  state: PrinterState;
  outcome: PrintOutcome;
  printed: StatementDocument[];
  simulations: SimulationDocument[];
} {
  const device = {
    kind: 'tcp' as const,
    state: 'ready' as PrinterState,
    outcome: { ok: true, pages: 40, virtualCopy: null } as PrintOutcome,
    printed: [] as StatementDocument[],
    simulations: [] as SimulationDocument[],
    status: () => Promise.resolve(device.state),
    printSimulation: (doc: SimulationDocument) => {
      device.simulations.push(doc);
      return Promise.resolve(device.outcome);
    },
    print: (doc: StatementDocument) => {
      device.printed.push(doc);
      return Promise.resolve(device.outcome);
    },
    preview: (doc: StatementDocument) =>
      Promise.resolve([doc.member.fullName, `Código ${doc.verification.code ?? 'ninguno (borrador)'}`]),
  };
  return device;
}

export interface PrintRig {
  readonly demo: DemoCentral;
  readonly central: CentralClient;
  readonly sessions: SessionManager;
  readonly dataDir: string;
  readonly receipt: ReturnType<typeof scriptedReceipt>;
  /** Every document the laser device was asked to print. */
  readonly laserDocs: StatementDocument[];
  readonly handlers: ReturnType<typeof createStatementHandlers> & ReturnType<typeof createPrintHandlers>;
  signIn(docNumber: string, secret: string): Promise<void>;
  close(): Promise<void>;
}

/** The print path as core.ts wires it, against a real demo central on 127.0.0.1 and the virtual laser printer. */
export async function printRig(options: { readonly maxPages?: number } = {}): Promise<PrintRig> {
  const demo = await start();
  const log = createLogger({ minLevel: 'error' });
  const dataDir = mkdtempSync(join(tmpdir(), 'print-rig-'));
  const central = createCentralClient({
    baseUrl: demo.url,
    terminalId: terminal['x-terminal-id'],
    terminalKey: terminal['x-terminal-key'],
    connectTimeoutMs: 2_000,
    requestTimeoutMs: 30_000,
    log,
  });
  const sessions = createSessionManager({
    timings: { idleSeconds: 90, warningSeconds: 30, maxSessionMinutes: 15 },
    onEnded: () => undefined,
  });
  const receipt = scriptedReceipt();
  const realLaser = createLaserPrinter(
    { queue: 'virtual', paper: 'letter', maxPages: options.maxPages ?? 30 },
    { dataDir, log, platform: 'linux' },
  );
  const laserDocs: StatementDocument[] = [];
  const laser = { ...realLaser, print: (doc: StatementDocument) => (laserDocs.push(doc), realLaser.print(doc)) };
  const printers = createPrinterStatus({ receipt, laser }, 200);
  const terminalIdentity = {
    terminalId: 'TEST-01',
    branch: { code: 'MED-CENTRO', name: 'Sede Centro', city: 'Medellín' },
    cooperative: {
      name: 'Cooperativa Demo de Ahorro y Crédito',
      nit: '900.123.456-8',
      logoDataUrl: null,
      colors: { primary: '#0A5C36', accent: '#F2B705' },
    },
  };
  const statements = createStatementPrinter({
    central,
    printers,
    terminal: terminalIdentity,
    verifyUrl: 'https://verifica.coopdemo.com.co/v',
    log,
  });
  return {
    demo,
    central,
    sessions,
    dataDir,
    receipt,
    laserDocs,
    handlers: {
      ...createStatementHandlers({ central, sessions }),
      ...createPrintHandlers({
        sessions,
        printers,
        statements,
        simulations: createSimulationPrinter({ printers, terminal: terminalIdentity, log }),
      }),
    },
    async signIn(docNumber, secret) {
      const login = await central.login({ docType: 'CC', docNumber, secret });
      if (!login.ok) {
        throw new Error(`login failed: ${login.error.code}`);
      }
      const { token, mustChangePin, member } = login.value;
      sessions.begin({ token, docNumber, mustChangePin, member: { ...member, emailMasked: member.emailMasked } });
    },
    async close() {
      sessions.end('button');
      central.close();
      await stop(demo);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const via = { via: 'ipc' } as const;
