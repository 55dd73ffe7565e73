import type { Browser } from '@playwright/test';
import { formatCop } from '../shared/domain/money';
import type { StatementDocument } from '../shared/documents/statement-document';
import { renderStatementPdf } from '../electron/services/printing/laser/pdf/render-in-worker';
import { formatDay } from '../shared/domain/dates';
import { syntheticStatement } from '../test/electron/services/printing/laser/statement-fixture';
import { median, report } from './lib';

const runs = 5;
const sizes = [100, 1_000, 5_000] as const;

/** Pages of a PDF, counted from its page objects (no poppler needed). */
function countPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
  );
}

const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same statement as a plain HTML table (a repeated <thead>), for Chromium's own HTML-to-PDF. */
function statementHtml(doc: StatementDocument): string {
  const s = doc.statement;
  const products = [
    { title: 'Aportes sociales', ...s.contributions },
    ...s.savings.map((a) => ({ title: a.productName, ...a })),
    ...s.loans.map((l) => ({ title: `Crédito ${l.lineName}`, ...l })),
  ];
  const tables = products.map((p) => {
    const rows = p.movements
      .map(
        (m) =>
          `<tr><td>${formatDay(m.date)}</td><td>${escape(m.description)}</td><td>${m.debit ? formatCop(m.debit) : ''}</td><td>${m.credit ? formatCop(m.credit) : ''}</td><td>${formatCop(m.balance)}</td></tr>`,
      )
      .join('');
    return `<h2>${escape(p.title)}</h2><p>Saldo inicial: ${formatCop(p.openingBalance)}</p><table><thead><tr><th>Fecha</th><th>Descripción</th><th>Débito</th><th>Crédito</th><th>Saldo</th></tr></thead><tbody>${rows}</tbody></table><p>Saldo final: ${formatCop(p.closingBalance)}</p>`;
  });
  return `<!doctype html><html lang="es"><meta charset="utf-8"><style>body{font:9px sans-serif}table{width:100%;border-collapse:collapse}td:nth-child(n+3),th:nth-child(n+3){text-align:right}tr{break-inside:avoid}</style>
<h1>${escape(doc.cooperative.name)}</h1><p>NIT ${doc.cooperative.nit}</p><p><b>${escape(doc.member.fullName)}</b> ${doc.member.documentMasked}</p>${tables.join('')}</html>`;
}

/**
 * Statement PDF figures: pdfmake on its worker thread (end to end, thread
 * start included, as a print pays it) for 100, 1,000 and 5,000 movements,
 * and Chromium's page.pdf() of the same statement as HTML in the same run.
 */
export async function pdfBench(browser: Browser): Promise<void> {
  for (const n of sizes) {
    const doc = syntheticStatement(n);
    const times: number[] = [];
    let pages = 0;
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      const result = await renderStatementPdf(doc, { paper: 'letter' });
      if (!result.ok) {
        throw new Error(result.reason);
      }
      times.push(performance.now() - started);
      pages = result.pages;
    }
    report(
      `pdfmake statement PDF, ${n} movements`,
      median(times),
      'ms',
      `median of ${runs}, ${pages} pages, worker thread`,
    );
  }
  const page = await browser.newPage();
  try {
    for (const n of sizes) {
      const html = statementHtml(syntheticStatement(n));
      const times: number[] = [];
      let pages = 0;
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        await page.setContent(html);
        const pdf = await page.pdf({
          format: 'Letter',
          margin: { top: '40px', bottom: '56px', left: '40px', right: '40px' },
        });
        times.push(performance.now() - started);
        pages = countPages(pdf);
      }
      report(`chromium page.pdf() baseline, ${n} movements`, median(times), 'ms', `median of ${runs}, ${pages} pages`);
    }
  } finally {
    await page.close();
  }
}
