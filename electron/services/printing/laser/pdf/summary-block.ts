import { formatCop } from '../../../../../shared/domain/money';
import type { DocumentLabels } from '../../../../../shared/documents/labels';
import type { StatementDocument } from '../../../../../shared/documents/statement-document';
import { maskAccount } from '../../../../../shared/domain/masking';
import { cdatFigures, ledgerFigures, loansInPeriod, totalOf, type ProductFigures } from './ledgers';
import { columnTitles, keptTable } from './sections';
import type { PdfCell, PdfContent } from './types';

/** Every product's four figures: what the member holds, then what they owe, each with its total. */
export function summaryFigures(
  doc: StatementDocument,
  labels: DocumentLabels,
): {
  readonly held: readonly ProductFigures[];
  readonly heldTotal: ProductFigures;
  readonly owed: readonly ProductFigures[];
  readonly owedTotal: ProductFigures;
} {
  const s = doc.statement;
  const held = [
    ledgerFigures(labels.contributionsAccount(maskAccount(s.contributions.accountNumber)), s.contributions),
    ...s.savings.map((a) => ledgerFigures(`${a.productName} ${maskAccount(a.accountNumber)}`, a)),
    ...s.cdats.map((c) => cdatFigures(labels.cdatAccount(maskAccount(c.accountNumber)), c, s)),
  ];
  const owed = loansInPeriod(s).map((l) =>
    ledgerFigures(labels.loanAccount(l.lineName, maskAccount(l.accountNumber)), l),
  );
  return {
    held,
    heldTotal: totalOf(labels.summaryHeldTotal, held),
    owed,
    owedTotal: totalOf(labels.summaryOwedTotal, owed),
  };
}

const money = (n: number, bold = false): PdfCell => ({ text: formatCop(n), alignment: 'right', bold });

function row(f: ProductFigures, bold = false): PdfCell[] {
  return [
    { text: f.label, bold },
    money(f.openingBalance, bold),
    money(f.debits, bold),
    money(f.credits, bold),
    money(f.closingBalance, bold),
  ];
}

/** "Resumen del periodo" on page 1: opening balance, debits, credits and closing balance of every product, and totals. */
export function summaryBlock(doc: StatementDocument, labels: DocumentLabels): PdfContent[] {
  const { held, heldTotal, owed, owedTotal } = summaryFigures(doc, labels);
  const group = (title: string): PdfCell[] => [{ text: title, style: 'summaryGroup', colSpan: 5 }, '', '', '', ''];
  const body: PdfCell[][] = [
    group(labels.summaryHeld),
    ...held.map((f) => row(f)),
    row(heldTotal, true),
    ...(owed.length > 0 ? [group(labels.summaryOwed), ...owed.map((f) => row(f)), row(owedTotal, true)] : []),
  ];
  return [
    { text: labels.summaryTitle, style: 'sectionTitle' },
    keptTable([columnTitles(labels.summaryColumns, 1)], body, ['*', 78, 78, 78, 78], 'summary'),
  ];
}
