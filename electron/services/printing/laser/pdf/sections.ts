import type { Movement } from '../../../../../shared/contract/central/statement';
import type { ArrearsFacts, DocumentLabels } from '../../../../../shared/documents/labels';
import { formatCop } from '../../../../../shared/domain/money';
import type { StatementDocument } from '../../../../../shared/documents/statement-document';
import { maskAccount } from '../../../../../shared/domain/masking';
import { formatDay } from '../../../../../shared/domain/dates';
import { formatRateEa } from './format';
import { loansInPeriod } from './ledgers';
import type { PdfCell, PdfContent, PdfNode } from './types';

/** One product of the statement: Aportes, a savings account or a loan. */
interface ProductLedger {
  readonly title: string;
  readonly facts: readonly string[];
  /** Said in red under the facts (loans in arrears). */
  readonly warning: string | null;
  readonly openingBalance: number;
  readonly closingBalance: number;
  readonly movements: readonly Movement[];
}

/** Tables this short are kept whole on one page: a 2-row table is never split. */
export const unbreakableRows = 12;

const money = (n: number): PdfCell => ({ text: formatCop(n), alignment: 'right' });
const blankOrMoney = (n: number): PdfCell => (n === 0 ? '' : money(n));
const wide = (cell: PdfNode, span: number): PdfCell[] => [
  { ...cell, colSpan: span },
  ...Array<string>(span - 1).fill(''),
];

/** A fresh row per table: pdfmake annotates the nodes it lays out, so they must not be shared between tables. */
export const columnTitles = (titles: readonly string[], rightFrom: number): PdfCell[] =>
  titles.map((text, i) => ({
    text,
    style: 'tableHeader',
    ...(i >= rightFrom ? { alignment: 'right' as const } : {}),
  }));

/**
 * Rows of pdfmake's table that stay together and repeat: `headerRows` come
 * back at the top of every page the table continues on, `dontBreakRows`
 * keeps a row whole, `keepWithHeaderRows` never leaves the titles alone at a
 * page's foot, and a short table is unbreakable as a whole.
 */
export function keptTable(
  header: readonly (readonly PdfCell[])[],
  body: readonly (readonly PdfCell[])[],
  widths: readonly (number | string)[],
  style = 'movements',
): PdfNode {
  const table: PdfNode = {
    table: {
      headerRows: header.length,
      dontBreakRows: true,
      keepWithHeaderRows: Math.min(body.length, 2),
      widths,
      body: [...header, ...body],
    },
    layout: 'lightHorizontalLines',
    style,
  };
  return body.length <= unbreakableRows ? { stack: [table], unbreakable: true } : table;
}

function movementTable(p: ProductLedger, labels: DocumentLabels): PdfNode {
  const header: PdfCell[][] = [
    wide({ text: p.title, style: 'productTitle' }, 5),
    ...(p.facts.length > 0 ? [wide({ text: p.facts.join('   ·   '), style: 'productFacts' }, 5)] : []),
    ...(p.warning ? [wide({ text: p.warning, style: 'warning' }, 5)] : []),
    columnTitles(labels.movementColumns, 2),
  ];
  const rows: PdfCell[][] = [
    [...wide({ text: labels.openingBalance, bold: true }, 4), { ...(money(p.openingBalance) as PdfNode), bold: true }],
    ...(p.movements.length === 0
      ? [wide({ text: labels.noMovements, color: '#555555' }, 5)]
      : p.movements.map((m) => [
          formatDay(m.date),
          m.description,
          blankOrMoney(m.debit),
          blankOrMoney(m.credit),
          money(m.balance),
        ])),
    [...wide({ text: labels.closingBalance, bold: true }, 4), { ...(money(p.closingBalance) as PdfNode), bold: true }],
  ];
  return { ...keptTable(header, rows, [58, '*', 72, 72, 78]), margin: [0, 10, 0, 0] };
}

/** The arrears sentence in the labels' language ("Cuotas vencidas: 2 — $ 870.092 — …"), or null when up to date. */
export function arrearsLine(arrears: ArrearsFacts, labels: DocumentLabels): string | null {
  return arrears.installments === 0 && arrears.daysPastDue === 0 ? null : labels.arrears(arrears);
}

/** CDATs open in the period: terms, interest paid and tax withheld in it. Nothing when the member has none. */
export function cdatSection(doc: StatementDocument, labels: DocumentLabels): PdfContent[] {
  const cdats = doc.statement.cdats;
  if (cdats.length === 0) {
    return [];
  }
  const header: PdfCell[][] = [
    wide({ text: labels.cdatSectionTitle, style: 'productTitle' }, 8),
    columnTitles(labels.cdatColumns, 1).map((c, i) =>
      i >= 2 && i <= 5 ? { ...(c as PdfNode), alignment: 'left' as const } : c,
    ),
  ];
  const rows: PdfCell[][] = cdats.map((c) => [
    maskAccount(c.accountNumber),
    money(c.amount),
    formatRateEa(c.rateEaBps),
    labels.cdatTerm(c.termDays, c.liquidation),
    formatDay(c.openedOn),
    formatDay(c.maturesOn),
    money(c.interestPaid),
    money(c.withholding),
  ]);
  const interest = cdats.reduce((n, c) => n + c.interestPaid, 0);
  const withheld = cdats.reduce((n, c) => n + c.withholding, 0);
  const total: PdfCell[] = [
    ...wide({ text: labels.cdatTotals, bold: true }, 6),
    { ...(money(interest) as PdfNode), bold: true },
    { ...(money(withheld) as PdfNode), bold: true },
  ];
  return [
    {
      ...keptTable(header, [...rows, total], [62, 68, 52, '*', 50, 56, 62, 56]),
      margin: [0, 10, 0, 0],
    },
  ];
}

/** Aportes first, then each savings account, then each loan with its rate, disbursement, schedule and arrears. */
export function productSections(doc: StatementDocument, labels: DocumentLabels): PdfContent[] {
  const s = doc.statement;
  const ledgers: ProductLedger[] = [
    {
      title: labels.contributionsTitle(maskAccount(s.contributions.accountNumber)),
      facts: [labels.monthlyFee(s.contributions.monthlyFee)],
      warning: null,
      ...s.contributions,
    },
    ...s.savings.map((a) => ({
      title: labels.savingsTitle(a.productName, maskAccount(a.accountNumber)),
      facts: [labels.rate(formatRateEa(a.rateEaBps))],
      warning: null,
      ...a,
    })),
  ];
  const loans: ProductLedger[] = loansInPeriod(s).map((l) => {
    const summary = doc.accounts.loans.find((x) => x.id === l.id);
    return {
      title: labels.loanTitle(l.lineName, maskAccount(l.accountNumber)),
      facts: [
        labels.rate(formatRateEa(l.rateEaBps)),
        labels.disbursed(l.disbursedAmount, l.disbursedOn),
        ...(summary ? [labels.installmentOf(summary.installmentsPaid, summary.installmentsTotal)] : []),
      ],
      warning: arrearsLine(l.arrears, labels),
      ...l,
    };
  });
  const table = (p: ProductLedger): PdfNode => movementTable(p, labels);
  return [...ledgers.map(table), ...cdatSection(doc, labels), ...loans.map(table)];
}
