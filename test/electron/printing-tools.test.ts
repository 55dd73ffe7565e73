import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../shared/printing/escpos-decoder';
import { startPrinterEmulator, type PrinterEmulator } from '../support/escpos/emulator';

// The test tools for receipt printing are themselves tested: a decoder that
// cannot fail would make every receipt test meaningless.
describe('ESC/POS decoder', () => {
  it('renders text in the selected code page, line by line, and counts cuts and QR codes', () => {
    const qrData = Buffer.from('https://verify.example/K7QF-92MD');
    const store = [0x1d, 0x28, 0x6b, (qrData.length + 3) & 0xff, (qrData.length + 3) >> 8, 49, 80, 48, ...qrData];
    const bytes = new Uint8Array([
      0x1b,
      0x40,
      0x1b,
      0x74,
      19, // ESC @, ESC t 19 (PC858)
      0x1b,
      0x45,
      1,
      ...Buffer.from('Bego'),
      0xa4,
      ...Buffer.from('a Mu'),
      0xa4,
      ...Buffer.from('oz Pe'),
      0xa4,
      ...Buffer.from('aloza'),
      0x0a,
      0x1b,
      0x45,
      0,
      0xa8,
      ...Buffer.from('Cr'),
      0x82,
      ...Buffer.from('dito? '),
      0xd5,
      0x0a,
      ...store,
      0x1d,
      0x28,
      0x6b,
      3,
      0,
      49,
      81,
      48,
      0x1d,
      0x56,
      66,
      0,
      0x1b,
      0x40,
      0xd5,
      0x0a,
    ]);
    const decoded = decodeEscPos(bytes);
    // After ESC @ the printer is back on code page 0, where 0xD5 is not the euro sign.
    expect(decoded.lines).toEqual(['Begoña Muñoz Peñaloza', '¿Crédito? €', '╒']);
    expect(decoded.emphasised).toEqual(['Begoña Muñoz Peñaloza']);
    expect(decoded.cuts).toBe(1);
    expect(decoded.qrCodes).toEqual(['https://verify.example/K7QF-92MD']);
    expect(decoded.qrPrints).toBe(1);
    expect(decoded.codePages).toEqual([19]);
    expect(decoded.unknown).toEqual([]);
  });

  it('reports commands it does not know', () => {
    expect(decodeEscPos(new Uint8Array([0x1b, 0x99, 0x41])).unknown).toEqual(['1b 99']);
  });
});

describe('printer emulator', () => {
  let printer: PrinterEmulator | undefined;
  afterEach(async () => printer?.close());

  const exchange = (port: number, data: number[], expectBytes: number): Promise<number[]> =>
    new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      const answers: number[] = [];
      socket.on('data', (chunk) => {
        answers.push(...chunk);
        if (answers.length >= expectBytes) {
          socket.end();
          resolve(answers);
        }
      });
      socket.on('error', reject);
      socket.on('close', () => resolve(answers));
      socket.write(Buffer.from(data));
      if (expectBytes === 0) {
        socket.end();
      }
    });

  it('answers DLE EOT 1-4 with 0x12 when ready and with the state bits otherwise', async () => {
    printer = await startPrinterEmulator();
    const query = [0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 4];
    expect(await exchange(printer.port, query, 3)).toEqual([0x12, 0x12, 0x12]);
    printer.setState('paper-near-end');
    expect(await exchange(printer.port, query, 3)).toEqual([0x12, 0x12, 0x1e]);
    printer.setState('paper-out');
    expect(await exchange(printer.port, query, 3)).toEqual([0x1a, 0x32, 0x7e]);
    printer.setState('cover-open');
    expect(await exchange(printer.port, query, 3)).toEqual([0x1a, 0x16, 0x12]);
    expect(printer.bytes()).toHaveLength(0);
  });

  it('records job bytes, and can drop the connection mid-job or run out of paper', async () => {
    printer = await startPrinterEmulator({ dropAfterBytes: 4 });
    await exchange(printer.port, [0x41, 0x42, 0x43, 0x44, 0x45, 0x46], 1);
    expect([...printer.bytes()]).toEqual([0x41, 0x42, 0x43, 0x44]);
    printer.reset();
    printer.setOptions({ dropAfterBytes: undefined, paperOutAfterBytes: 2 });
    expect(await exchange(printer.port, [0x41, 0x42, 0x43, 0x10, 0x04, 4], 1)).toEqual([0x7e]);
  });
});
