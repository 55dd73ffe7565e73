import { formatCop, formatCount } from '../../../../../shared/domain/money';
import { loansInPeriod, movementCount } from './ledgers';
import { maskAccount } from '../../../../../shared/domain/masking';
import { draftNotice, type StatementDocument } from '../../../../../shared/documents/statement-document';
import type { LaserPaper } from './doc-definition';
import { formatDay } from '../../../../../shared/domain/dates';

/** What the screen shows of a letter-page statement before or after printing: the page count and the first lines. */
export function statementSummaryLines(doc: StatementDocument, pages: number, paper: LaserPaper): string[] {
  const s = doc.statement;
  return [
    `Estado de cuenta: ${pages} ${pages === 1 ? 'página' : 'páginas'} en hoja ${paper === 'a4' ? 'A4' : 'carta'}`,
    `${doc.member.fullName} · ${doc.member.documentMasked}`,
    `Periodo: ${formatDay(doc.period.from)} a ${formatDay(doc.period.to)} · ${formatCount(movementCount(s))} movimientos`,
    `Aportes sociales: ${formatCop(s.contributions.closingBalance)}`,
    ...s.savings.map((a) => `${a.productName}: ${formatCop(a.closingBalance)}`),
    ...s.cdats.map((c) => `CDAT ${maskAccount(c.accountNumber)}: ${formatCop(c.amount)}`),
    ...loansInPeriod(s).map((l) => `Crédito ${l.lineName}: saldo ${formatCop(l.closingBalance)}`),
    doc.verification.code === null ? draftNotice : `Código de verificación ${doc.verification.code}`,
  ];
}
