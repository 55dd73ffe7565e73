import type { StatementDocument } from '../../../../../shared/documents/statement-document';
import { formatBogotaDateTime, formatDay } from '../../../../../shared/domain/dates';
import { productSections } from './sections';
import type { PdfContent, PdfDocDefinition, PdfNode } from './types';

export type LaserPaper = 'letter' | 'a4';

export interface StatementPdfOptions {
  readonly paper: LaserPaper;
}

/** The verification line printed at the foot of every page. */
export function verificationLine(doc: StatementDocument): string {
  return `Código de verificación ${doc.verification.code} — verifique en ${doc.verification.url}`;
}

function logo(dataUrl: string | null): PdfNode[] {
  if (!dataUrl) {
    return [];
  }
  const svg = /^data:image\/svg\+xml;base64,(.*)$/.exec(dataUrl);
  // pdfmake draws SVG from markup, not from an image data URL.
  return svg?.[1] !== undefined
    ? [{ svg: Buffer.from(svg[1], 'base64').toString('utf8'), fit: [64, 64], width: 72 }]
    : [{ image: dataUrl, fit: [64, 64], width: 72 }];
}

function heading(doc: StatementDocument): PdfContent[] {
  const { cooperative, branch, member, period } = doc;
  return [
    {
      columns: [
        ...logo(cooperative.logoDataUrl),
        {
          width: '*',
          stack: [
            { text: cooperative.name, style: 'cooperative' },
            `NIT ${cooperative.nit}`,
            `${branch.name}, ${branch.city} · terminal ${doc.terminalId}`,
          ],
        },
        { width: 'auto', text: 'Estado de cuenta', style: 'title' },
      ],
    },
    {
      style: 'memberBlock',
      stack: [
        { text: member.fullName, bold: true, fontSize: 11 },
        member.documentMasked,
        `Periodo: ${formatDay(period.from)} a ${formatDay(period.to)}`,
        `Fecha de expedición: ${formatBogotaDateTime(doc.issuedAt)}`,
        ...(doc.tellerName ? [`Expedido por: ${doc.tellerName}`] : []),
      ],
    },
  ];
}

/**
 * The full statement for a letter or A4 page, as a pdfmake document
 * definition. Pure: same document in, same definition out, so the hash the
 * centre vouches for and what is printed describe the same thing.
 */
export function statementDocDefinition(doc: StatementDocument, options: StatementPdfOptions): PdfDocDefinition {
  const verification = verificationLine(doc);
  return {
    pageSize: options.paper === 'a4' ? 'A4' : 'LETTER',
    pageMargins: [40, 40, 40, 56],
    // Generic metadata: a PDF's properties should not repeat the member's name.
    info: {
      title: 'Estado de cuenta',
      author: doc.cooperative.name,
      creator: 'CoopKiosk',
      subject: `Periodo ${doc.period.from} a ${doc.period.to}`,
    },
    defaultStyle: { font: 'Roboto', fontSize: 8.5 },
    styles: {
      cooperative: { fontSize: 13, bold: true },
      title: { fontSize: 15, bold: true, alignment: 'right' },
      memberBlock: { margin: [0, 14, 0, 6], fontSize: 9.5 },
      productTitle: { fontSize: 11, bold: true, margin: [0, 14, 0, 2] },
      productFacts: { fontSize: 8.5, color: '#333333', margin: [0, 0, 0, 4] },
      balance: { fontSize: 9, bold: true, margin: [0, 2, 0, 2] },
      tableHeader: { bold: true, fillColor: '#eeeeee' },
      movements: { margin: [0, 2, 0, 2] },
    },
    content: [...heading(doc), ...productSections(doc)],
    footer: (currentPage, pageCount) => ({
      margin: [40, 16, 40, 0],
      columns: [
        { width: '*', text: verification, fontSize: 7.5 },
        { width: 'auto', text: `Página ${currentPage} de ${pageCount}`, fontSize: 7.5, alignment: 'right' },
      ],
    }),
  };
}
