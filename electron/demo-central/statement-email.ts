import type { Statement } from '../../shared/contract/central/statement';
import { formatDay } from '../../shared/domain/dates';
import { maskAccount } from '../../shared/domain/masking';
import { formatCop } from '../../shared/domain/money';
import { documentLabels } from '../../shared/documents/labels';
import { arrearsLine } from '../services/printing/laser/pdf/sections';

/** What the attached PDF opens with, said in the mail: a secret the member knows and the mail itself does not hold. */
export const pdfPasswordSentence = 'La clave para abrir el PDF es su número de documento, sin puntos ni espacios.';

/**
 * The body of the statement e-mail: dates dd/mm/aaaa, account numbers
 * masked (a mailbox is not a safe place), every product including CDATs and
 * arrears in words.
 */
export function statementEmailText(firstName: string, s: Statement, withPdf: boolean): string {
  const lines = [
    `Hola, ${firstName}:`,
    '',
    `Este es su estado de cuenta del ${formatDay(s.from)} al ${formatDay(s.to)}.`,
    '',
    `Aportes sociales ${maskAccount(s.contributions.accountNumber)}: ${formatCop(s.contributions.closingBalance)}`,
    ...s.savings.map((a) => `${a.productName} ${maskAccount(a.accountNumber)}: ${formatCop(a.closingBalance)}`),
    ...s.cdats.map(
      (c) =>
        `CDAT ${maskAccount(c.accountNumber)}: ${formatCop(c.amount)}, vence el ${formatDay(c.maturesOn)}; ` +
        `intereses pagados en el periodo ${formatCop(c.interestPaid)}, retención ${formatCop(c.withholding)}`,
    ),
    ...s.loans.flatMap((l) => {
      // The centre writes the e-mail in Spanish.
      const late = arrearsLine(l.arrears, documentLabels['es-CO']);
      return [
        `Crédito ${l.lineName} ${maskAccount(l.accountNumber)}: saldo ${formatCop(l.closingBalance)}`,
        ...(late ? [`  ${late}`] : []),
      ];
    }),
    '',
    ...(withPdf
      ? ['Adjuntamos el estado de cuenta completo en PDF.', pdfPasswordSentence]
      : ['Puede imprimir el detalle en cualquier terminal de la cooperativa.']),
  ];
  return lines.join('\n');
}

/** A PDF that declares an encryption dictionary: only such a file from a kiosk is mailed as it is. */
export function isPasswordProtectedPdf(pdf: Buffer): boolean {
  return pdf.subarray(0, 5).toString('latin1') === '%PDF-' && pdf.includes('/Encrypt');
}
