import { formatCop } from '../../../../../shared/domain/money';
import { draftNotice, type StatementDocument } from '../../../../../shared/documents/statement-document';
import type { LaserPaper } from './doc-definition';
import { formatDay } from '../../../../../shared/domain/dates';

/** What the screen shows of a letter-page statement before or after printing: the page count and the first lines. */
export function statementSummaryLines(doc: StatementDocument, pages: number, paper: LaserPaper): string[] {
  const s = doc.statement;
  const movements =
    s.contributions.movements.length + [...s.savings, ...s.loans].reduce((n, p) => n + p.movements.length, 0);
  return [
    `Estado de cuenta: ${pages} ${pages === 1 ? 'página' : 'páginas'} en hoja ${paper === 'a4' ? 'A4' : 'carta'}`,
    `${doc.member.fullName} · ${doc.member.documentMasked}`,
    `Periodo: ${formatDay(doc.period.from)} a ${formatDay(doc.period.to)} · ${movements} movimientos`,
    `Aportes sociales: ${formatCop(s.contributions.closingBalance)}`,
    ...s.savings.map((a) => `${a.productName}: ${formatCop(a.closingBalance)}`),
    ...s.loans.map((l) => `Crédito ${l.lineName}: saldo ${formatCop(l.closingBalance)}`),
    doc.verification.code === null ? draftNotice : `Código de verificación ${doc.verification.code}`,
  ];
}
