import jsQR from 'jsqr';

/** A 1-bit raster as a receipt printer stores it (GS v 0): rows of `widthBytes`, MSB leftmost, 1 = black. */
export interface Raster {
  readonly widthBytes: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/**
 * What a phone would read from the printed dots: the raster is turned into
 * RGBA pixels and handed to jsQR, an independent QR decoder. Null when no
 * QR code is found.
 */
export function decodeRasterQr(raster: Raster): string | null {
  const width = raster.widthBytes * 8;
  const pixels = new Uint8ClampedArray(width * raster.height * 4);
  for (let y = 0; y < raster.height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const byte = raster.data[y * raster.widthBytes + (x >> 3)] ?? 0;
      const value = byte & (0x80 >> (x & 7)) ? 0 : 255;
      const at = (y * width + x) * 4;
      pixels[at] = value;
      pixels[at + 1] = value;
      pixels[at + 2] = value;
      pixels[at + 3] = 255;
    }
  }
  return jsQR(pixels, width, raster.height)?.data ?? null;
}
