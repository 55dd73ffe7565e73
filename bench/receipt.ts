import { createReceiptPrinter } from '../electron/services/printing/receipt';
import { encodeReceipt } from '../electron/services/printing/receipt/encode';
import { createLogger } from '../electron/services/logger';
import { startPrinterEmulator } from '../test/support/escpos/emulator';
import { receiptDocument } from '../test/electron/services/printing/receipt/fixtures';
import { median, report } from './lib';

const runs = 20;
const format = { type: 'epson', paperWidthMm: 80, characterSet: 'PC858_EURO' } as const;

/**
 * Receipt printing time as the kiosk sees it: layout + ESC/POS encoding, then
 * a full TCP print to the emulator (status, job, status again on one
 * connection). The encode-only figure is the baseline the send adds to.
 */
export async function receiptBench(): Promise<void> {
  const doc = receiptDocument('laura');
  const encode: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    encodeReceipt(doc, format);
    encode.push(performance.now() - started);
  }

  const printer = await startPrinterEmulator();
  try {
    const receipt = createReceiptPrinter(
      { ...format, interface: printer.url },
      { dataDir: '', log: createLogger({ minLevel: 'error' }) },
    );
    const print: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      printer.reset();
      const started = performance.now();
      const outcome = await receipt.print(doc);
      print.push(performance.now() - started);
      if (!outcome.ok) {
        throw new Error(`receipt bench print failed: ${outcome.reason}`);
      }
    }
    report(`receipt encode + send to the emulator (median of ${runs})`, median(print), 'ms');
    report('receipt encode only', median(encode), 'ms');
  } finally {
    await printer.close();
  }
}
