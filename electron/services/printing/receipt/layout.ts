import { documentLabels, type DocumentLabels } from '../../../../shared/documents/labels';
import type { StatementDocument } from '../../../../shared/documents/statement-document';
import { maskAccount } from '../../../../shared/domain/masking';
import { formatCop } from '../../../../shared/domain/money';
import { formatBogotaDateTime } from '../../../../shared/domain/dates';
import { centre, clean, columns, productRow, row, wrap } from './text';

/** Paper width in millimetres → characters per line in the printer's font A. */
export const receiptColumns = { 80: 48, 58: 32 } as const;

/**
 * What the renderer prints, one entry per line. Text lines are already fitted
 * (no line exceeds the width) and centred with spaces, so the decoded bytes —
 * the on-screen preview — look exactly like the paper.
 */
export type ReceiptLine =
  | { readonly kind: 'text'; readonly text: string; readonly bold?: boolean; readonly tall?: boolean }
  | { readonly kind: 'qr'; readonly data: string };

const text = (t: string, style: { bold?: boolean; tall?: boolean } = {}): ReceiptLine => ({
  kind: 'text',
  text: t,
  ...style,
});

/** The name whole on one line where it fits, so a clerk (and a test) reads it as written. */
function memberName(name: string, width: number, labels: DocumentLabels): ReceiptLine[] {
  const labelled = `${labels.memberLabel} ${name}`;
  const lines = columns(labelled) <= width ? [labelled] : [labels.memberLabel, ...wrap(name, width)];
  return lines.map((l) => text(l, { bold: true }));
}

function header(doc: StatementDocument, width: number, labels: DocumentLabels): ReceiptLine[] {
  return [
    ...wrap(clean(doc.cooperative.name), width).map((l) => text(centre(l, width), { bold: true })),
    text(centre(`NIT ${clean(doc.cooperative.nit)}`, width)),
    ...wrap(`${clean(doc.branch.name)} - ${clean(doc.branch.city)}`, width).map((l) => text(centre(l, width))),
    ...row(`Terminal ${clean(doc.terminalId)}`, formatBogotaDateTime(doc.issuedAt), width).map((l) => text(l)),
    ...(doc.tellerName ? wrap(`${labels.servedBy} ${clean(doc.tellerName)}`, width).map((l) => text(l)) : []),
    text('-'.repeat(width)),
    // The roll lists balances, not movements: it says so, and as of when.
    text(centre(labels.balanceSummary, width), { bold: true, tall: true }),
    text(centre(labels.balancesAsOf(formatBogotaDateTime(doc.issuedAt).slice(0, 10)), width)),
    text(''),
    ...memberName(clean(doc.member.fullName), width, labels),
    text(`${labels.documentLabel} ${clean(doc.member.documentMasked)}`),
    text('-'.repeat(width)),
  ];
}

function products(doc: StatementDocument, width: number, labels: DocumentLabels): ReceiptLine[] {
  const { contributions, savings, cdats, loans } = doc.accounts;
  const lines: ReceiptLine[] = [text(labels.groups.contributions, { bold: true })];
  const product = (name: string, account: string, amount: number): ReceiptLine[] =>
    productRow(clean(name), maskAccount(account), formatCop(amount), width).map((l) => text(l));
  // Indented details under a product; when both halves do not fit they stack, both left-aligned.
  const detail = (left: string, right = ''): ReceiptLine[] => {
    const one = `  ${left}${right ? ` ${right}` : ''}`;
    const lines =
      columns(one) <= width
        ? row(`  ${left}`, right, width)
        : [`  ${left}`, `  ${right.charAt(0).toUpperCase()}${right.slice(1)}`];
    return lines.map((l) => text(l));
  };

  lines.push(...product(labels.contributions, contributions.accountNumber, contributions.balance));
  if (savings.length > 0) {
    lines.push(text(labels.groups.savings, { bold: true }));
    for (const s of savings) {
      lines.push(...product(s.productName, s.accountNumber, s.balance));
      if (s.available !== s.balance) {
        lines.push(...detail(labels.available, formatCop(s.available)));
      }
    }
  }
  if (cdats.length > 0) {
    lines.push(text(labels.groups.cdats, { bold: true }));
    for (const c of cdats) {
      lines.push(...product('CDAT', c.accountNumber, c.amount), ...detail(labels.matures(c.maturesOn)));
    }
  }
  if (loans.length > 0) {
    lines.push(text(labels.groups.loans, { bold: true }));
    for (const l of loans) {
      lines.push(...product(l.lineName, l.accountNumber, l.balance));
      lines.push(
        ...detail(labels.installment(l.installmentAmount), l.nextDueDate ? labels.dueOn(l.nextDueDate) : undefined),
      );
      if (l.daysPastDue > 0) {
        const arrears = labels.receiptArrears(l.daysPastDue, l.overdueAmount);
        lines.push(...wrap(arrears, width).map((t) => text(t, { bold: true })));
      }
    }
  }
  return lines;
}

function totals(doc: StatementDocument, width: number, labels: DocumentLabels): ReceiptLine[] {
  const { contributions, savings, cdats, loans } = doc.accounts;
  // CDATs are savings (depósitos de ahorro a término), so they count with savings and contributions.
  const held =
    contributions.balance +
    savings.reduce((sum, s) => sum + s.balance, 0) +
    cdats.reduce((sum, c) => sum + c.amount, 0);
  const owed = loans.reduce((sum, l) => sum + l.balance, 0);
  return [
    text('-'.repeat(width)),
    ...row(labels.totalHeld, formatCop(held), width).map((l) => text(l, { bold: true })),
    ...row(labels.totalOwed, formatCop(owed), width).map((l) => text(l, { bold: true })),
    text('-'.repeat(width)),
  ];
}

/** The address without its scheme: shorter on the roll, and what a reader types. */
function site(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** Issued: the code, a QR of `<verifyUrl>/<code>` and that address in words. A preview says plainly it is a draft. */
function verification(doc: StatementDocument, width: number, labels: DocumentLabels): ReceiptLine[] {
  const { code, url } = doc.verification;
  if (code === null) {
    return wrap(labels.draftNotice, width).map((l) => text(centre(l, width), { bold: true }));
  }
  return [
    ...wrap(labels.receiptCode(clean(code)), width).map((l) => text(centre(l, width), { bold: true })),
    { kind: 'qr', data: url },
    ...wrap(labels.verifyAt(site(clean(url))), width).map((l) => text(centre(l, width))),
  ];
}

/**
 * The receipt summary of a statement: header, one line per product, totals,
 * verification, labelled in the document's locale. Pure.
 */
export function layoutReceipt(doc: StatementDocument, width: number): ReceiptLine[] {
  const labels = documentLabels[doc.locale];
  return [
    ...header(doc, width, labels),
    ...products(doc, width, labels),
    ...totals(doc, width, labels),
    ...verification(doc, width, labels),
  ];
}
