import { decodeByte, epsonCodePages } from './code-pages';

/** What a receipt printer would have done with a byte stream: for tests, and for the virtual printer's on-screen copy. */
export interface DecodedReceipt {
  /** Printed text, one entry per line feed (trailing spaces trimmed). */
  readonly lines: readonly string[];
  /** Full and partial cuts, in order. */
  readonly cuts: number;
  /** The data of each QR code stored with GS ( k (fn 80). */
  readonly qrCodes: readonly string[];
  /** QR codes actually printed (GS ( k fn 81). */
  readonly qrPrints: number;
  /** Raster images (GS v 0), as printed: rows of `widthBytes`, most significant bit leftmost, 1 = black dot. */
  readonly rasters: readonly { readonly widthBytes: number; readonly height: number; readonly data: Uint8Array }[];
  /** Every ESC t n selection, in order. */
  readonly codePages: readonly number[];
  /** Real-time status requests (DLE EOT n) found in the stream. */
  readonly statusRequests: readonly number[];
  /** Commands the decoder did not know, as hex, so a test can fail on surprises. */
  readonly unknown: readonly string[];
  /** Lines printed in bold or double size, for layout checks. */
  readonly emphasised: readonly string[];
}

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const FS = 0x1c;

/** Fixed-length ESC commands: command byte → number of parameter bytes. */
const escParams: Readonly<Record<number, number>> = {
  0x21: 1,
  0x2d: 1,
  0x32: 0,
  0x33: 1,
  0x40: 0,
  0x45: 1,
  0x47: 1,
  0x4a: 1,
  0x4d: 1,
  0x52: 1,
  0x61: 1,
  0x64: 1,
  0x74: 1,
  0x7b: 1,
  0x70: 3,
  0x42: 2,
  0x56: 1,
  0x20: 1,
  0x24: 2,
  0x5c: 2,
  0x69: 0,
  0x6d: 0,
  0x63: 2,
};
/** Fixed-length GS commands. */
const gsParams: Readonly<Record<number, number>> = {
  0x21: 1,
  0x42: 1,
  0x48: 1,
  0x66: 1,
  0x68: 1,
  0x77: 1,
  0x4c: 2,
  0x57: 2,
  0x62: 1,
  0x72: 1,
  0x49: 1,
  0x61: 1,
};

/**
 * Tokenizes ESC/POS (Epson dialect) and renders the text with the code page
 * in force, the way the printer would: ESC @ resets the code page to 0.
 */
export function decodeEscPos(bytes: Uint8Array): DecodedReceipt {
  const lines: string[] = [];
  const emphasised: string[] = [];
  const qrCodes: string[] = [];
  const codePages: number[] = [];
  const statusRequests: number[] = [];
  const unknown: string[] = [];
  const rasters: { widthBytes: number; height: number; data: Uint8Array }[] = [];
  let cuts = 0;
  let qrPrints = 0;
  let page = 0;
  let current = '';
  let emphasis = false;
  let lineEmphasised = false;

  const endLine = (): void => {
    const line = current.replace(/\s+$/, '');
    lines.push(line);
    if (lineEmphasised && line.length > 0) {
      emphasised.push(line.trim());
    }
    current = '';
    lineEmphasised = emphasis;
  };

  let i = 0;
  const at = (k: number): number => bytes[k] ?? 0;
  while (i < bytes.length) {
    const b = at(i);
    if (b === 0x0a) {
      endLine();
      i += 1;
    } else if (b === 0x0d || b === 0x09) {
      current += b === 0x09 ? ' ' : '';
      i += 1;
    } else if (b === ESC) {
      const cmd = at(i + 1);
      const n = escParams[cmd];
      if (n === undefined) {
        unknown.push(`1b ${cmd.toString(16)}`);
        i += 2;
        continue;
      }
      const arg = at(i + 2);
      if (cmd === 0x40) {
        page = 0;
        emphasis = false;
      } else if (cmd === 0x74) {
        page = arg;
        codePages.push(arg);
      } else if (cmd === 0x45) {
        emphasis = (arg & 1) === 1;
        lineEmphasised = current === '' ? emphasis : lineEmphasised || emphasis;
      } else if (cmd === 0x21) {
        emphasis = (arg & 0x38) !== 0;
        lineEmphasised = current === '' ? emphasis : lineEmphasised || emphasis;
      } else if (cmd === 0x64) {
        for (let k = 0; k < arg; k += 1) {
          endLine();
        }
      }
      i += 2 + n;
    } else if (b === GS) {
      const cmd = at(i + 1);
      if (cmd === 0x56) {
        // GS V m, or GS V m n for m = 65/66.
        const m = at(i + 2);
        cuts += 1;
        i += m === 65 || m === 66 ? 4 : 3;
      } else if (cmd === 0x28 && at(i + 2) === 0x6b) {
        // GS ( k pL pH cn fn [data]: QR code functions.
        const len = at(i + 3) + at(i + 4) * 256;
        const cn = at(i + 5);
        const fn = at(i + 6);
        if (cn === 49 && fn === 80) {
          qrCodes.push(new TextDecoder().decode(bytes.slice(i + 8, i + 5 + len)));
        } else if (cn === 49 && fn === 81) {
          qrPrints += 1;
        }
        i += 5 + len;
      } else if (cmd === 0x21) {
        emphasis = at(i + 2) !== 0;
        lineEmphasised = current === '' ? emphasis : lineEmphasised || emphasis;
        i += 3;
      } else if (cmd === 0x6b) {
        // GS k m: barcode, NUL-terminated (m < 65) or length-prefixed.
        const m = at(i + 2);
        if (m < 65) {
          let k = i + 3;
          while (k < bytes.length && at(k) !== 0) {
            k += 1;
          }
          i = k + 1;
        } else {
          i += 4 + at(i + 3);
        }
      } else if (cmd === 0x76 && at(i + 2) === 0x30) {
        // GS v 0 m xL xH yL yH d1...dk: raster image.
        const width = at(i + 4) + at(i + 5) * 256;
        const height = at(i + 6) + at(i + 7) * 256;
        rasters.push({ widthBytes: width, height, data: bytes.slice(i + 8, i + 8 + width * height) });
        i += 8 + width * height;
      } else if (gsParams[cmd] !== undefined) {
        i += 2 + (gsParams[cmd] ?? 0);
      } else {
        unknown.push(`1d ${cmd.toString(16)}`);
        i += 2;
      }
    } else if (b === DLE && at(i + 1) === 0x04) {
      statusRequests.push(at(i + 2));
      i += 3;
    } else if (b === FS) {
      // FS . (cancel Kanji) and FS & are single commands without parameters.
      i += 2;
    } else if (b < 0x20) {
      unknown.push(b.toString(16));
      i += 1;
    } else {
      current += decodeByte(b, epsonCodePages[page] ?? 'cp437');
      i += 1;
    }
  }
  if (current.length > 0) {
    endLine();
  }
  return { lines, cuts, qrCodes, qrPrints, rasters, codePages, statusRequests, unknown, emphasised };
}
