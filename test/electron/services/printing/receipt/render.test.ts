import { describe, expect, it } from 'vitest';
import { encodeReceipt, previewReceipt } from '../../../../../electron/services/printing/receipt/encode';
import type { ReceiptLine } from '../../../../../electron/services/printing/receipt/layout';
import {
  fitToCodePage,
  renderReceipt,
  type ReceiptCharacterSet,
} from '../../../../../electron/services/printing/receipt/render';
import { decodeEscPos } from '../../../../../shared/printing/escpos-decoder';
import { decodeRasterQr } from '../../../../support/qr-decode';
import { receiptDocument } from './fixtures';

const spanish = ['Begoña Muñoz Peñaloza', '¿Crédito?', '¡Línea!', 'á é í ó ú Á É Í Ó Ú ñ Ñ ü'];
const lines: ReceiptLine[] = spanish.map((text) => ({ kind: 'text', text }));
const escT = (bytes: Uint8Array): number[] => {
  const at: number[] = [];
  bytes.forEach((b, i) => {
    if (b === 0x1b && bytes[i + 1] === 0x74) {
      at.push(i);
    }
  });
  return at;
};

describe.each<[ReceiptCharacterSet, number]>([
  ['PC858_EURO', 19],
  ['WPC1252', 16],
  ['PC850_MULTILINGUAL', 2],
])('Spanish text in %s', (characterSet, escPosPage) => {
  const bytes = renderReceipt(lines, { type: 'epson', characterSet, columns: 48 });
  const decoded = decodeEscPos(bytes);

  it('decodes exactly as written', () => {
    expect(decoded.lines.slice(0, spanish.length)).toEqual(spanish);
    expect(decoded.unknown).toEqual([]);
  });

  it('selects the code page once, before any text, and never per letter', () => {
    expect(decoded.codePages).toEqual([escPosPage]);
    const firstText = bytes.indexOf(Buffer.from('Bego'));
    expect(escT(bytes)).toHaveLength(1);
    expect(escT(bytes)[0]).toBeLessThan(firstText);
    // ESC @ (reset) comes before the selection, not after it.
    expect([...bytes.subarray(0, 5)]).toEqual([0x1b, 0x40, 0x1b, 0x74, escPosPage]);
  });
});

describe('PC437, which lacks Á Í Ó Ú', () => {
  it('drops the accent instead of switching code pages', () => {
    const bytes = renderReceipt([{ kind: 'text', text: 'ÁLVARO ÍÑIGO ÓSCAR ÚRSULA ¿Crédito? €' }], {
      type: 'epson',
      characterSet: 'PC437_USA',
      columns: 48,
    });
    const decoded = decodeEscPos(bytes);
    expect(decoded.codePages).toEqual([0]);
    expect(decoded.lines[0]).toBe('ALVARO ÍÑIGO OSCAR URSULA ¿Crédito? ?'.replace('Í', 'I'));
  });

  it('maps one code point to one character, so the layout widths hold', () => {
    expect(fitToCodePage('Ø€😀ñÆ', 'PC437_USA')).toBe('???ñÆ');
    expect(fitToCodePage('€', 'PC858_EURO')).toBe('€');
  });
});

describe('a whole receipt', () => {
  const doc = receiptDocument('begona');
  const bytes = encodeReceipt(doc, { type: 'epson', paperWidthMm: 80, characterSet: 'PC858_EURO' });
  const decoded = decodeEscPos(bytes);

  it('reads the member name exactly and has no unknown commands', () => {
    expect(decoded.lines).toContain('Asociado(a): Begoña Muñoz Peñaloza');
    expect(decoded.unknown).toEqual([]);
    expect(decoded.codePages).toEqual([19]);
  });

  it('ends with the cut: only the reset that cut() appends follows it', () => {
    expect(decoded.cuts).toBe(1);
    const cut = bytes.lastIndexOf(Buffer.from([0x1d, 0x56, 0x00]));
    expect(cut).toBeGreaterThan(0);
    expect([...bytes.subarray(cut + 3)]).toEqual([0x1b, 0x40]);
  });

  it('prints one QR image that a QR reader decodes to the verification URL, with the code in text above it', () => {
    expect(decoded.rasters).toHaveLength(1);
    const [qr] = decoded.rasters;
    expect(qr && decodeRasterQr(qr)).toBe('https://verifica.coopdemo.example/v/K7QF-92MD');
    // 80 mm paper is 576 dots wide: the symbol and its quiet zone fit.
    expect((qr?.widthBytes ?? 99) * 8).toBeLessThanOrEqual(576);
    expect(decoded.lines.some((l) => l.includes('Código de verificación: K7QF-92MD'))).toBe(true);
    expect(decoded.lines).toContain('     verifica.coopdemo.example/v/K7QF-92MD');
  });

  it('decodes on a 58 mm roll too, and a Star printer gets its own QR command with the same data', () => {
    const narrow = decodeEscPos(encodeReceipt(doc, { type: 'epson', paperWidthMm: 58, characterSet: 'PC858_EURO' }));
    const [qr] = narrow.rasters;
    expect(qr && decodeRasterQr(qr)).toBe('https://verifica.coopdemo.example/v/K7QF-92MD');
    expect((qr?.widthBytes ?? 99) * 8).toBeLessThanOrEqual(384);
    const star = encodeReceipt(doc, { type: 'star', paperWidthMm: 80, characterSet: 'PC858_EURO' });
    expect(star.includes(Buffer.from('https://verifica.coopdemo.example/v/K7QF-92MD'))).toBe(true);
  });

  it('a draft (preview) says so and carries no QR code', () => {
    const draft = receiptDocument('laura', {
      verification: { code: null, url: 'https://verifica.coopdemo.example/v' },
    });
    const out = decodeEscPos(encodeReceipt(draft, { type: 'epson', paperWidthMm: 80, characterSet: 'PC858_EURO' }));
    expect(out.rasters).toEqual([]);
    // The DOS code pages have no dash: a hyphen stands in.
    expect(out.lines.join(' ').replace(/\s+/g, ' ')).toContain(
      'BORRADOR - el código de verificación se asigna al imprimir',
    );
    expect(out.lines.join('\n')).not.toContain('PENDIENTE');
  });

  it('prints the cooperative name, the title and the totals in bold', () => {
    expect(decoded.emphasised).toEqual(
      expect.arrayContaining(['Cooperativa Demo de Ahorro y Crédito', 'RESUMEN DE SALDOS']),
    );
    expect(decoded.emphasised.some((l) => l.startsWith('Total ahorros y aportes'))).toBe(true);
  });

  it('keeps every printed line within 48 columns, and 32 on a 58 mm roll', () => {
    expect(decoded.lines.every((l) => Array.from(l).length <= 48)).toBe(true);
    const narrow = decodeEscPos(encodeReceipt(doc, { type: 'epson', paperWidthMm: 58, characterSet: 'WPC1252' }));
    expect(narrow.lines.every((l) => Array.from(l).length <= 32)).toBe(true);
    expect(narrow.lines).toContain('Begoña Muñoz Peñaloza');
  });

  it('percent-encodes a non-ASCII verification URL so every QR reader gets the same ASCII address', () => {
    const odd = receiptDocument('laura', {
      verification: { code: 'K7QF-92MD', url: 'https://verificación.example/v/K7QF-92MD' },
    });
    const out = decodeEscPos(encodeReceipt(odd, { type: 'epson', paperWidthMm: 80, characterSet: 'PC858_EURO' }));
    const [qr] = out.rasters;
    expect(qr && decodeRasterQr(qr)).toBe('https://verificaci%C3%B3n.example/v/K7QF-92MD');
    expect(out.unknown).toEqual([]);
  });

  it('previews the same text the paper carries, also for a Star printer', () => {
    const paper = decoded.lines.join('\n').trimEnd().split('\n');
    expect(previewReceipt(doc, { type: 'epson', paperWidthMm: 80, characterSet: 'PC858_EURO' })).toEqual(paper);
    expect(previewReceipt(doc, { type: 'star', paperWidthMm: 80, characterSet: 'PC858_EURO' })).toEqual(paper);
  });

  it('renders for Star with Star code page selection (ESC GS t 4 for PC858)', () => {
    const star = encodeReceipt(doc, { type: 'star', paperWidthMm: 80, characterSet: 'PC858_EURO' });
    expect(star.indexOf(Buffer.from([0x1b, 0x1d, 0x74, 4]))).toBe(2);
    expect(star.indexOf(Buffer.from('Bego\xa4a', 'latin1'))).toBeGreaterThan(0);
  });
});
