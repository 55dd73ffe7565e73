import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createReceiptPrinter } from '../../../../../electron/services/printing/receipt';
import { encodeReceipt } from '../../../../../electron/services/printing/receipt/encode';
import { sendTcpJob } from '../../../../../electron/services/printing/receipt/tcp-transport';
import { createLogger, type Logger } from '../../../../../electron/services/logger';
import { decodeEscPos } from '../../../../../shared/printing/escpos-decoder';
import { startPrinterEmulator, type EmulatorOptions, type PrinterEmulator } from '../../../../support/escpos/emulator';
import { receiptDocument } from './fixtures';

const format = { type: 'epson', paperWidthMm: 80, characterSet: 'PC858_EURO' } as const;
const doc = receiptDocument('begona');
const jobLength = encodeReceipt(doc, format).length;

describe('printing a receipt over TCP', () => {
  let printer: PrinterEmulator | undefined;
  let log: Logger;
  afterEach(async () => {
    await printer?.close();
    printer = undefined;
  });

  async function device(options: EmulatorOptions): Promise<ReturnType<typeof createReceiptPrinter>> {
    printer = await startPrinterEmulator(options);
    log = createLogger({ minLevel: 'debug' });
    return createReceiptPrinter(
      { ...format, interface: printer.url },
      { dataDir: '/nonexistent', log, timeouts: { connectMs: 1_000, queryMs: 500, idleMs: 2_000 } },
    );
  }

  it('succeeds when the printer is ready before and after, and the printer got exactly the receipt', async () => {
    const receipt = await device({ state: 'ready' });
    const outcome = await receipt.print(doc);
    expect(outcome).toMatchObject({ ok: true, virtualCopy: null });
    expect(printer?.statusQueries).toEqual([1, 2, 4, 1, 2, 4]);
    expect(printer?.connections()).toBe(1);
    const decoded = decodeEscPos(printer?.bytes() ?? new Uint8Array());
    expect(decoded.lines).toContain('Asociado(a): Begoña Muñoz Peñaloza');
    expect(decoded.cuts).toBe(1);
    expect(outcome.ok && outcome.pages).toBe((await receipt.preview(doc)).length);
  });

  it('prints on paper near end, which still leaves paper', async () => {
    const receipt = await device({ state: 'paper-near-end' });
    expect((await receipt.print(doc)).ok).toBe(true);
  });

  it('refuses to send when the paper is out, and sends nothing', async () => {
    const receipt = await device({ state: 'paper-out' });
    expect(await receipt.print(doc)).toEqual({ ok: false, state: 'paper-out', reason: 'not ready before the job' });
    expect(printer?.bytes()).toHaveLength(0);
  });

  it('reports a failure when the paper runs out in the middle of the job', async () => {
    const receipt = await device({ state: 'ready', paperOutAfterBytes: Math.floor(jobLength / 2) });
    expect(await receipt.print(doc)).toEqual({
      ok: false,
      state: 'paper-out',
      reason: 'printer reported a problem after the job',
    });
  });

  it('reports a failure when the connection drops in the middle of the job', async () => {
    const receipt = await device({ state: 'ready', dropAfterBytes: Math.floor(jobLength / 2) });
    const outcome = await receipt.print(doc);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toMatch(/^connection (dropped|ECONNRESET|EPIPE) during the job$/);
  });

  it('fails as offline when nothing listens on the port', async () => {
    const receipt = await device({});
    await printer?.close();
    printer = undefined;
    expect(await receipt.print(doc)).toEqual({ ok: false, state: 'offline', reason: 'connect: ECONNREFUSED' });
  });

  it('fails as unknown when the printer stops answering status', async () => {
    const receipt = await device({ silent: true });
    expect(await receipt.print(doc)).toMatchObject({ ok: false, state: 'unknown' });
  });

  it('logs technical fields only, never the member', async () => {
    const receipt = await device({ state: 'ready' });
    await receipt.print(doc);
    await receipt.status();
    const logged = JSON.stringify(log.recent());
    expect(logged).toContain('receipt.printed');
    expect(logged).toContain(`"bytes":${jobLength}`);
    expect(logged).not.toMatch(/Begoña|Muñoz|7888|K7QF/);
  });
});

it('gives up on a printer that stops reading mid-job after the idle timeout', async () => {
  // Answers the first status round, then never reads again, like a jammed printer with a full buffer.
  const server = createServer((socket) => {
    let answered = 0;
    socket.on('data', () => {
      if (answered < 3) {
        answered += 1;
        socket.write(Buffer.from([0x12]));
      } else {
        socket.pause();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const target = { host: '127.0.0.1', port: (server.address() as AddressInfo).port };
    const started = Date.now();
    // Far more than the socket buffers hold, so the write cannot complete.
    const outcome = await sendTcpJob(target, new Uint8Array(64 * 1024 * 1024), {
      connectMs: 1_000,
      queryMs: 300,
      idleMs: 300,
    });
    expect(outcome).toEqual({ ok: false, state: 'unknown', reason: 'connection idle-timeout during the job' });
    expect(Date.now() - started).toBeLessThan(3_000);
  } finally {
    server.close();
  }
});
