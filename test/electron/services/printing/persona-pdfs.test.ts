import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementDocument } from '../../../../shared/documents/statement-document';
import { formatDay } from '../../../../shared/domain/dates';
import { maskAccount } from '../../../../shared/domain/masking';
import { formatCop, formatCount } from '../../../../shared/domain/money';
import { pdfInfo, pdfText, popplerAvailable } from './laser/pdf-tools';
import { printRig, via, type PrintRig } from './print-rig';

const period = { from: '2026-01-01', to: '2026-10-31' };

/** Prints the persona's statement on the virtual laser printer and reads the PDF it kept. */
async function printedPdf(rig: PrintRig): Promise<{ doc: StatementDocument; text: string; pages: number }> {
  const result = await rig.handlers.print.statement({ ...period, target: 'laser', locale: 'es-CO' }, via);
  if (!result.ok) {
    throw new Error(`${result.error.code}: ${result.error.message}`);
  }
  const dir = join(rig.dataDir, 'virtual-printer');
  const file = join(dir, readdirSync(dir).sort().at(-1) ?? '');
  const doc = rig.laserDocs.at(-1);
  if (!doc) {
    throw new Error('nothing reached the laser printer');
  }
  expect(pdfInfo(file).pages).toBe(result.value.pages);
  return { doc, text: pdfText(file), pages: result.value.pages };
}

/** One summary row as pdftotext -layout writes it: the label, then the four amounts on the same line. */
function summaryRow(label: string, figures: readonly number[]): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp([escape(label), ...figures.map((n) => escape(formatCop(n)))].join('\\s+'));
}

const sum = (ms: readonly { debit: number; credit: number }[], key: 'debit' | 'credit') =>
  ms.reduce((n, m) => n + m[key], 0);

function expectHeaderOnEveryPage(text: string, doc: StatementDocument, pages: number): void {
  const texts = text.split('\f').filter((p) => p.trim() !== '');
  expect(texts).toHaveLength(pages);
  texts.forEach((page, i) => {
    expect(page).toContain(`Página ${i + 1} de ${pages}`);
    expect(page).toContain(doc.member.fullName);
    expect(page).toContain(doc.member.documentMasked);
    expect(page).toContain(`Periodo: ${formatDay(period.from)} a ${formatDay(period.to)}`);
  });
}

describe.skipIf(!popplerAvailable)('the printed PDF of the demo personas', { timeout: 90_000 }, () => {
  let rig: PrintRig;
  beforeAll(async () => {
    rig = await printRig();
  });
  afterAll(() => rig.close());

  it("Laura's statement has her CDAT: rate, term, opening, maturity, interest paid and withholding", async () => {
    await rig.signIn('1010101010', '4719');
    const { doc, text, pages } = await printedPdf(rig);
    const [cdat] = doc.statement.cdats;
    expect(cdat).toBeDefined();
    if (!cdat) {
      return;
    }
    expect(text).toContain('CDAT — Certificados de depósito de ahorro a término');
    const row = text.split('\n').find((l) => l.includes(maskAccount(cdat.accountNumber)) && l.includes('E.A.'));
    expect(row).toBeDefined();
    for (const part of [
      formatCop(cdat.amount),
      `${(cdat.rateEaBps / 100).toFixed(2).replace('.', ',')} % E.A.`,
      `${formatCount(cdat.termDays)} días`,
      formatDay(cdat.openedOn),
      formatDay(cdat.maturesOn),
      formatCop(cdat.interestPaid),
      formatCop(cdat.withholding),
    ]) {
      expect(row).toContain(part);
    }
    expect(cdat.interestPaid).toBeGreaterThan(0);
    expectHeaderOnEveryPage(text, doc, pages);
    expect(text).not.toContain('1010101010');
  });

  it("Carlos's statement has his arrears in words and summary totals equal to the sums of the movements", async () => {
    await rig.signIn('79111222', '6352');
    const { doc, text, pages } = await printedPdf(rig);
    const s = doc.statement;
    const late = s.loans.find((l) => l.arrears.installments > 0);
    expect(late).toBeDefined();
    if (!late) {
      return;
    }
    const { installments, amount, daysPastDue } = late.arrears;
    expect(text).toContain(
      `Cuotas vencidas: ${formatCount(installments)} — ${formatCop(amount)} — ${formatCount(daysPastDue)} días de mora`,
    );

    // Computed here from the statement's own movements, not copied from the renderer.
    const held = [s.contributions, ...s.savings];
    const heldTotals = [
      held.reduce((n, l) => n + l.openingBalance, 0),
      held.reduce((n, l) => n + sum(l.movements, 'debit'), 0),
      held.reduce((n, l) => n + sum(l.movements, 'credit'), 0),
      held.reduce((n, l) => n + l.closingBalance, 0),
    ];
    expect(s.cdats).toEqual([]);
    expect(heldTotals[0]! - heldTotals[1]! + heldTotals[2]!).toBe(heldTotals[3]);
    expect(text).toMatch(summaryRow('Total aportes, ahorros y CDAT', heldTotals));
    const owedTotals = [
      s.loans.reduce((n, l) => n + l.openingBalance, 0),
      s.loans.reduce((n, l) => n + sum(l.movements, 'debit'), 0),
      s.loans.reduce((n, l) => n + sum(l.movements, 'credit'), 0),
      s.loans.reduce((n, l) => n + l.closingBalance, 0),
    ];
    expect(owedTotals[0]! + owedTotals[1]! - owedTotals[2]!).toBe(owedTotals[3]);
    expect(text).toMatch(summaryRow('Total créditos', owedTotals));
    for (const l of s.loans) {
      const ledger = [l.openingBalance, sum(l.movements, 'debit'), sum(l.movements, 'credit'), l.closingBalance];
      expect(text).toMatch(summaryRow(`Crédito ${l.lineName} ${maskAccount(l.accountNumber)}`, ledger));
    }
    expectHeaderOnEveryPage(text, doc, pages);
  });
});
