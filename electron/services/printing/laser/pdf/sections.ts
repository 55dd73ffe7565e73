import type { Movement } from '../../../../../shared/contract/central/statement';
import { formatCop } from '../../../../../shared/domain/money';
import type { StatementDocument } from '../../../../../shared/documents/statement-document';
import { maskAccount } from '../../../../../shared/domain/masking';
import { formatDay } from '../../../../../shared/domain/dates';
import { formatRateEa } from './format';
import type { PdfCell, PdfContent, PdfNode } from './types';

/** One product of the statement: Aportes, a savings account or a loan. */
interface ProductLedger {
  readonly title: string;
  readonly facts: readonly string[];
  readonly openingBalance: number;
  readonly closingBalance: number;
  readonly movements: readonly Movement[];
}

const money = (n: number): PdfCell => ({ text: formatCop(n), alignment: 'right' });
const blankOrMoney = (n: number): PdfCell => (n === 0 ? '' : money(n));

/** A fresh row per table: pdfmake annotates the nodes it lays out, so they must not be shared between tables. */
const headerRow = (): PdfCell[] =>
  ['Fecha', 'Descripción', 'Débito', 'Crédito', 'Saldo'].map((text, i) => ({
    text,
    style: 'tableHeader',
    ...(i >= 2 ? { alignment: 'right' as const } : {}),
  }));

function movementTable(movements: readonly Movement[]): PdfNode {
  const rows: PdfCell[][] =
    movements.length === 0
      ? [[{ text: 'Sin movimientos en el periodo', colSpan: 5, color: '#555555' }, '', '', '', '']]
      : movements.map((m) => [
          formatDay(m.date),
          m.description,
          blankOrMoney(m.debit),
          blankOrMoney(m.credit),
          money(m.balance),
        ]);
  return {
    // headerRows: 1 makes pdfmake repeat the column titles on every page the table spans.
    table: { headerRows: 1, dontBreakRows: true, widths: [58, '*', 72, 72, 78], body: [headerRow(), ...rows] },
    layout: 'lightHorizontalLines',
    style: 'movements',
  };
}

function section(p: ProductLedger): PdfContent[] {
  return [
    { text: p.title, style: 'productTitle' },
    ...(p.facts.length > 0 ? [{ text: p.facts.join('   ·   '), style: 'productFacts' }] : []),
    { text: `Saldo inicial: ${formatCop(p.openingBalance)}`, style: 'balance' },
    movementTable(p.movements),
    { text: `Saldo final: ${formatCop(p.closingBalance)}`, style: 'balance', alignment: 'right' },
  ];
}

/** Aportes first, then each savings account, then each loan with its rate, disbursed amount and position in the schedule. */
export function productSections(doc: StatementDocument): PdfContent[] {
  const s = doc.statement;
  const ledgers: ProductLedger[] = [
    {
      title: `Aportes sociales — cuenta ${maskAccount(s.contributions.accountNumber)}`,
      facts: [`Cuota mensual ${formatCop(s.contributions.monthlyFee)}`],
      ...s.contributions,
    },
    ...s.savings.map((a) => ({
      title: `${a.productName} — cuenta ${maskAccount(a.accountNumber)}`,
      facts: [`Tasa ${formatRateEa(a.rateEaBps)}`],
      ...a,
    })),
    ...s.loans.map((l) => {
      const summary = doc.accounts.loans.find((x) => x.id === l.id);
      return {
        title: `Crédito ${l.lineName} — obligación ${maskAccount(l.accountNumber)}`,
        facts: [
          `Tasa ${formatRateEa(l.rateEaBps)}`,
          `Monto desembolsado ${formatCop(l.disbursedAmount)}`,
          ...(summary ? [`Cuota ${summary.installmentsPaid} de ${summary.installmentsTotal}`] : []),
        ],
        ...l,
      };
    }),
  ];
  return ledgers.flatMap(section);
}
