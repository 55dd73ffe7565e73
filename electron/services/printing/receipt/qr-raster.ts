import QRCode from 'qrcode';

/** A 1-bit image as ESC/POS raster data: rows of `widthBytes`, most significant bit leftmost, 1 = black. */
export interface RasterImage {
  readonly widthBytes: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** Light modules around the symbol, as ISO/IEC 18004 asks, so a phone finds its edges on a white roll. */
const quietZone = 4;

/**
 * The QR symbol drawn by us (the `qrcode` package computes the modules), not
 * by the printer's own QR command: the dots are then the same on every
 * printer model, and the bytes a virtual printer keeps can be decoded back
 * to an image (and checked by a QR reader in the tests).
 */
export function qrRaster(data: string, dotsPerModule: number): RasterImage {
  const { modules } = QRCode.create(data, { errorCorrectionLevel: 'M' });
  const side = (modules.size + 2 * quietZone) * dotsPerModule;
  const widthBytes = Math.ceil(side / 8);
  const bits = new Uint8Array(widthBytes * side);
  for (let y = 0; y < side; y += 1) {
    const row = Math.floor(y / dotsPerModule) - quietZone;
    for (let x = 0; x < side; x += 1) {
      const col = Math.floor(x / dotsPerModule) - quietZone;
      const dark = row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col);
      if (dark) {
        const index = y * widthBytes + (x >> 3);
        bits[index] = (bits[index] ?? 0) | (0x80 >> (x & 7));
      }
    }
  }
  return { widthBytes, height: side, data: bits };
}

/** GS v 0 m xL xH yL yH d1…dk: print a raster bit image (m = 0, normal size). */
export function rasterCommand(image: RasterImage): Buffer {
  const { widthBytes, height } = image;
  const head = Buffer.from([0x1d, 0x76, 0x30, 0x00, widthBytes & 0xff, widthBytes >> 8, height & 0xff, height >> 8]);
  return Buffer.concat([head, Buffer.from(image.data)]);
}
