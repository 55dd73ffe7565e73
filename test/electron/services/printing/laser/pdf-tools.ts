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
