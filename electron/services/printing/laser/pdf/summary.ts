import { formatCop } from '../../../../../shared/domain/money';
import { loansInPeriod, movementCount } from './ledgers';
import { maskAccount } from '../../../../../shared/domain/masking';
import { documentLabels } from '../../../../../shared/documents/labels';
import type { StatementDocument } from '../../../../../shared/documents/statement-document';
import type { LaserPaper } from './doc-definition';

/** What the screen shows of a letter-page statement before or after printing: the page count and the first lines. */
export function statementSummaryLines(doc: StatementDocument, pages: number, paper: LaserPaper): string[] {
  const s = doc.statement;
  const labels = documentLabels[doc.locale];
  return [
    labels.laserPages(pages, paper),
    `${doc.member.fullName} · ${doc.member.documentMasked}`,
    labels.periodWithMovements(doc.period.from, doc.period.to, movementCount(s)),
    `${labels.contributions}: ${formatCop(s.contributions.closingBalance)}`,
    ...s.savings.map((a) => `${a.productName}: ${formatCop(a.closingBalance)}`),
    ...s.cdats.map((c) => `CDAT ${maskAccount(c.accountNumber)}: ${formatCop(c.amount)}`),
    ...loansInPeriod(s).map((l) => labels.loanBalance(l.lineName, l.closingBalance)),
    doc.verification.code === null ? labels.draftNotice : labels.pdfCode(doc.verification.code),
  ];
}
