import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { formatCop } from '../../../../../shared/domain/money';
import type { StatementDocument } from '../../../../../shared/documents/statement-document';

/** poppler-utils (pdftotext, pdfinfo): installed by .ci/run and on the build machines. */
export const popplerAvailable = spawnSync('pdftotext', ['-v']).status === 0;

function withFile<T>(pdf: Uint8Array | string, use: (file: string) => T): T {
  if (typeof pdf === 'string') {
    return use(pdf);
  }
  const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text in reading order (pdftotext -layout keeps a row on one line). */
export function pdfText(pdf: Uint8Array | string): string {
  return withFile(pdf, (file) => {
    const r = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (r.status !== 0) {
      throw new Error(`pdftotext failed: ${r.stderr}`);
    }
    return r.stdout;
  });
}

export function pdfInfo(pdf: Uint8Array | string): { pages: number; pageSize: string } {
  return withFile(pdf, (file) => {
    const out = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
    return {
      pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? 0),
      pageSize: /^Page size:\s+(.*)$/m.exec(out)?.[1]?.trim() ?? '',
    };
  });
}

/** Every movement of every product, as the extracted text must show it: description, then its amount and balance on the same row. */
export function expectEveryMovement(text: string, doc: StatementDocument): void {
  const s = doc.statement;
  const rows = text.split('\n');
  for (const product of [s.contributions, ...s.savings, ...s.loans]) {
    for (const m of product.movements) {
      const row = rows.find((r) => r.includes(m.description) && r.includes(formatCop(m.balance)));
      expect(row, `${m.date} ${m.description}`).toBeDefined();
      expect(row).toContain(formatCop(m.debit || m.credit));
    }
  }
}

/**
 * Page `page` rasterised by pdftoppm as 8-bit grey (PGM, "P5"), returned as
 * RGBA pixels for an image decoder: what a phone camera would see of the sheet.
 */
export function pageImage(
  pdf: Uint8Array | string,
  page: number,
  dpi = 150,
): { width: number; height: number; rgba: Uint8ClampedArray } {
  return withFile(pdf, (file) => {
    const r = spawnSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), file], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const out = r.stdout;
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(out.subarray(0, 64).toString('latin1'));
    if (r.status !== 0 || !header) {
      throw new Error(`pdftoppm failed: ${r.stderr.toString()}`);
    }
    const width = Number(header[1]);
    const height = Number(header[2]);
    const grey = out.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i += 1) {
      const v = grey[i] ?? 255;
      rgba.set([v, v, v, 255], i * 4);
    }
    return { width, height, rgba };
  });
}
