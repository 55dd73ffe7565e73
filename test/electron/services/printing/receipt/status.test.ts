import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { stateFromStatus } from '../../../../../electron/services/printing/receipt/status';
import { tcpStatus, type TcpTimeouts } from '../../../../../electron/services/printing/receipt/tcp-transport';
import { startPrinterEmulator, type EmulatedState, type PrinterEmulator } from '../../../../support/escpos/emulator';

const fast: TcpTimeouts = { connectMs: 1_000, queryMs: 300, idleMs: 2_000 };

describe('stateFromStatus', () => {
  it('reads the all-clear pattern as ready', () => {
    expect(stateFromStatus({ printer: 0x12, offlineCause: 0x12, paper: 0x12 })).toBe('ready');
  });

  it('applies the priority paper-out > cover-open > offline > paper-near-end', () => {
    expect(stateFromStatus({ printer: 0x1a, offlineCause: 0x36, paper: 0x7e })).toBe('paper-out');
    expect(stateFromStatus({ printer: 0x12, offlineCause: 0x12, paper: 0x72 })).toBe('paper-out');
    expect(stateFromStatus({ printer: 0x1a, offlineCause: 0x16, paper: 0x1e })).toBe('cover-open');
    expect(stateFromStatus({ printer: 0x1a, offlineCause: 0x12, paper: 0x1e })).toBe('offline');
    expect(stateFromStatus({ printer: 0x12, offlineCause: 0x52, paper: 0x12 })).toBe('offline');
    expect(stateFromStatus({ printer: 0x12, offlineCause: 0x12, paper: 0x1e })).toBe('paper-near-end');
  });

  it('is unknown when an answer lacks the fixed bits (not a DLE EOT answer)', () => {
    expect(stateFromStatus({ printer: 0x00, offlineCause: 0x12, paper: 0x12 })).toBe('unknown');
    expect(stateFromStatus({ printer: 0x12, offlineCause: 0x92, paper: 0x12 })).toBe('unknown');
    expect(stateFromStatus({ printer: 0x12, offlineCause: 0x12, paper: 0x13 })).toBe('unknown');
  });
});

describe('tcpStatus against the emulator', () => {
  let printer: PrinterEmulator | undefined;
  afterEach(async () => {
    await printer?.close();
    printer = undefined;
  });
  const target = (p: PrinterEmulator): { host: string; port: number } => ({ host: '127.0.0.1', port: p.port });

  it.each<EmulatedState>(['ready', 'paper-near-end', 'paper-out', 'cover-open', 'offline'])(
    'reports %s',
    async (state) => {
      printer = await startPrinterEmulator({ state });
      expect(await tcpStatus(target(printer), fast)).toBe(state);
      expect(printer.statusQueries).toEqual([1, 2, 4]);
      expect(printer.bytes()).toHaveLength(0);
    },
  );

  it('says unknown, within the query timeout, when the printer never answers', async () => {
    printer = await startPrinterEmulator({ silent: true });
    const started = Date.now();
    expect(await tcpStatus(target(printer), fast)).toBe('unknown');
    expect(Date.now() - started).toBeLessThan(fast.queryMs + 500);
  });

  it('says unknown when the answer is not a status byte', async () => {
    const server = createServer((socket) => socket.on('data', () => socket.write(Buffer.from([0x00]))));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      expect(await tcpStatus({ host: '127.0.0.1', port: (server.address() as AddressInfo).port }, fast)).toBe(
        'unknown',
      );
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('says offline at once when the port refuses the connection', async () => {
    const emulator = await startPrinterEmulator();
    const { port } = emulator;
    await emulator.close();
    const started = Date.now();
    expect(await tcpStatus({ host: '127.0.0.1', port }, fast)).toBe('offline');
    expect(Date.now() - started).toBeLessThan(200);
  });
});
