import type { CdatStatement, Movement } from '../../../../../shared/contract/central/statement';
import { formatCop, formatCount } from '../../../../../shared/domain/money';
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

function movementTable(p: ProductLedger): PdfNode {
  const header: PdfCell[][] = [
    wide({ text: p.title, style: 'productTitle' }, 5),
    ...(p.facts.length > 0 ? [wide({ text: p.facts.join('   ·   '), style: 'productFacts' }, 5)] : []),
    ...(p.warning ? [wide({ text: p.warning, style: 'warning' }, 5)] : []),
    columnTitles(['Fecha', 'Descripción', 'Débito', 'Crédito', 'Saldo'], 2),
  ];
  const rows: PdfCell[][] = [
    [...wide({ text: 'Saldo inicial', bold: true }, 4), { ...(money(p.openingBalance) as PdfNode), bold: true }],
    ...(p.movements.length === 0
      ? [wide({ text: 'Sin movimientos en el periodo', color: '#555555' }, 5)]
      : p.movements.map((m) => [
          formatDay(m.date),
          m.description,
          blankOrMoney(m.debit),
          blankOrMoney(m.credit),
          money(m.balance),
        ])),
    [...wide({ text: 'Saldo final', bold: true }, 4), { ...(money(p.closingBalance) as PdfNode), bold: true }],
  ];
  return { ...keptTable(header, rows, [58, '*', 72, 72, 78]), margin: [0, 10, 0, 0] };
}

/** "Cuotas vencidas: 2 — $ 870.092 — 45 días de mora · vencida desde 10/10/2026", or null when up to date. */
export function arrearsLine(arrears: StatementDocument['statement']['loans'][number]['arrears']): string | null {
  if (arrears.installments === 0 && arrears.daysPastDue === 0) {
    return null;
  }
  const days = arrears.daysPastDue === 1 ? '1 día' : `${formatCount(arrears.daysPastDue)} días`;
  const since = arrears.since ? ` · vencida desde ${formatDay(arrears.since)}` : '';
  return `Cuotas vencidas: ${formatCount(arrears.installments)} — ${formatCop(arrears.amount)} — ${days} de mora${since}`;
}

const liquidationNames: Readonly<Record<CdatStatement['liquidation'], string>> = {
  monthly: 'liquidación mensual',
  quarterly: 'liquidación trimestral',
  semiannual: 'liquidación semestral',
  'at-maturity': 'liquidación al vencimiento',
};

/** CDATs open in the period: terms, interest paid and tax withheld in it. Nothing when the member has none. */
export function cdatSection(doc: StatementDocument): PdfContent[] {
  const cdats = doc.statement.cdats;
  if (cdats.length === 0) {
    return [];
  }
  const columns = ['CDAT', 'Monto', 'Tasa', 'Plazo', 'Apertura', 'Vencimiento', 'Intereses pagados', 'Retención'];
  const header: PdfCell[][] = [
    wide({ text: 'CDAT — Certificados de depósito de ahorro a término', style: 'productTitle' }, 8),
    columnTitles(columns, 1).map((c, i) => (i >= 2 && i <= 5 ? { ...(c as PdfNode), alignment: 'left' as const } : c)),
  ];
  const rows: PdfCell[][] = cdats.map((c) => [
    maskAccount(c.accountNumber),
    money(c.amount),
    formatRateEa(c.rateEaBps),
    `${formatCount(c.termDays)} días, ${liquidationNames[c.liquidation]}`,
    formatDay(c.openedOn),
    formatDay(c.maturesOn),
    money(c.interestPaid),
    money(c.withholding),
  ]);
  const interest = cdats.reduce((n, c) => n + c.interestPaid, 0);
  const withheld = cdats.reduce((n, c) => n + c.withholding, 0);
  const total: PdfCell[] = [
    ...wide({ text: 'Total intereses y retención del periodo', bold: true }, 6),
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
export function productSections(doc: StatementDocument): PdfContent[] {
  const s = doc.statement;
  const ledgers: ProductLedger[] = [
    {
      title: `Aportes sociales — cuenta ${maskAccount(s.contributions.accountNumber)}`,
      facts: [`Cuota mensual ${formatCop(s.contributions.monthlyFee)}`],
      warning: null,
      ...s.contributions,
    },
    ...s.savings.map((a) => ({
      title: `${a.productName} — cuenta ${maskAccount(a.accountNumber)}`,
      facts: [`Tasa ${formatRateEa(a.rateEaBps)}`],
      warning: null,
      ...a,
    })),
  ];
  const loans: ProductLedger[] = loansInPeriod(s).map((l) => {
    const summary = doc.accounts.loans.find((x) => x.id === l.id);
    return {
      title: `Crédito ${l.lineName} — obligación ${maskAccount(l.accountNumber)}`,
      facts: [
        `Tasa ${formatRateEa(l.rateEaBps)}`,
        `Monto desembolsado ${formatCop(l.disbursedAmount)} el ${formatDay(l.disbursedOn)}`,
        ...(summary ? [`Cuota ${summary.installmentsPaid} de ${summary.installmentsTotal}`] : []),
      ],
      warning: arrearsLine(l.arrears),
      ...l,
    };
  });
  return [...ledgers.map(movementTable), ...cdatSection(doc), ...loans.map(movementTable)];
}
