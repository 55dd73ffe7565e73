import { BreakLine, CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import type { receiptCharacterSets } from '../../../../shared/config/terminal-config';
import { upperHalves } from '../../../../shared/printing/code-pages';
import type { ReceiptLine } from './layout';
import { qrRaster, rasterCommand } from './qr-raster';

export type ReceiptCharacterSet = (typeof receiptCharacterSets)[number];

export interface RenderOptions {
  readonly type: 'epson' | 'star';
  readonly characterSet: ReceiptCharacterSet;
  /** Characters per line: 48 at 80 mm, 32 at 58 mm. */
  readonly columns: number;
}

const pageOf: Readonly<Record<ReceiptCharacterSet, string>> = {
  PC858_EURO: 'cp858',
  PC850_MULTILINGUAL: 'cp850',
  WPC1252: 'cp1252',
  PC437_USA: 'cp437',
};

/**
 * Keeps the text inside the selected code page. Left alone, node-thermal-printer
 * would switch to another code page (ESC t) for a letter the page lacks — "Á" in
 * PC437 — and never switch back; instead such a letter loses its accent ("A"),
 * and anything else becomes "?". One code point in, one character out, so the
 * layout's column count holds.
 */
export function fitToCodePage(text: string, characterSet: ReceiptCharacterSet): string {
  const half = upperHalves[pageOf[characterSet]] ?? '';
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && half.includes(char))) {
      out += char;
      continue;
    }
    if (char === '—' || char === '–') {
      // Dashes are missing from the DOS code pages; a hyphen reads the same.
      out += '-';
      continue;
    }
    const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += /^[\x20-\x7e]$/.test(base) ? base : '?';
  }
  return out;
}

/**
 * The library counts the QR's length in UTF-16 units but writes UTF-8 bytes, so
 * anything non-ASCII would corrupt the command; percent-encoding keeps the URL
 * equivalent and ASCII.
 */
function asciiUrl(url: string): string {
  return /^[\x20-\x7e]*$/.test(url) ? url : encodeURI(url);
}

const initialize = Buffer.from([0x1b, 0x40]);

/**
 * ESC/POS bytes for the lines, built with node-thermal-printer into its
 * buffer and never sent by it: the printer object has no interface at all
 * (an empty interface string creates none), so nothing here can open a socket.
 * Transports send the bytes and check the printer's status themselves.
 */
export function renderReceipt(lines: readonly ReceiptLine[], options: RenderOptions): Buffer {
  const printer = new ThermalPrinter({
    type: options.type === 'star' ? PrinterTypes.STAR : PrinterTypes.EPSON,
    interface: '',
    width: options.columns,
    // Explicit, or the library picks a code page per accented letter.
    characterSet: CharacterSet[options.characterSet],
    removeSpecialCharacters: false,
    // The layout already fitted every line; the library must not re-wrap them.
    breakLine: BreakLine.NONE,
  });
  // The constructor wrote ESC t n. ESC @ goes before it (a reset after it would
  // put the printer back on PC437 while the library encodes in the chosen page)
  // and clears bold or alignment a previous job may have left on.
  printer.setBuffer(Buffer.concat([initialize, printer.getBuffer()]));
  printer.alignLeft();
  for (const line of lines) {
    if (line.kind === 'qr') {
      printer.alignCenter();
      if (options.type === 'epson') {
        // 6 dots a module on 80 mm (576 dots wide), 5 on 58 mm (384): a URL of ~50 characters stays under 250 dots.
        printer.append(rasterCommand(qrRaster(asciiUrl(line.data), options.columns >= 48 ? 6 : 5)));
      } else {
        // Star's line mode has another raster command; its own QR command draws the same symbol.
        printer.printQR(asciiUrl(line.data), { cellSize: options.columns >= 48 ? 6 : 5, correction: 'M', model: 2 });
      }
      printer.newLine();
      printer.alignLeft();
      continue;
    }
    if (line.bold) {
      printer.bold(true);
    }
    if (line.tall) {
      printer.setTextDoubleHeight();
    }
    printer.println(fitToCodePage(line.text, options.characterSet));
    if (line.tall) {
      printer.setTextNormal();
    }
    if (line.bold) {
      printer.bold(false);
    }
  }
  // Last on purpose: cut() ends with ESC @, which resets the code page, so
  // nothing may be printed after it.
  printer.cut();
  return Buffer.from(printer.getBuffer());
}
