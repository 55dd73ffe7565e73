import { documentLabels, type DocumentLabels } from '../../../../../shared/documents/labels';
import type { StatementDocument } from '../../../../../shared/documents/statement-document';
import { formatBogotaDateTime } from '../../../../../shared/domain/dates';
import { movementCount } from './ledgers';
import { productSections } from './sections';
import { summaryBlock } from './summary-block';
import type { PdfContent, PdfDocDefinition, PdfNode } from './types';

export type LaserPaper = 'letter' | 'a4';

export interface StatementPdfOptions {
  readonly paper: LaserPaper;
  /**
   * E-mailed copies: the PDF opens only with `userPassword` (the member's
   * document number, which they know and the mail says); `ownerPassword`
   * guards the permissions and is random, known to nobody.
   */
  readonly protection?: { readonly userPassword: string; readonly ownerPassword: string };
}

/** The verification line printed at the foot of every page. */
export function verificationLine(doc: StatementDocument): string {
  const { code, url } = doc.verification;
  const labels = documentLabels[doc.locale];
  return code === null ? labels.draftNotice : labels.footerVerification(code, url);
}

function logo(dataUrl: string | null): PdfNode[] {
  if (!dataUrl) {
    return [];
  }
  const svg = /^data:image\/svg\+xml;base64,(.*)$/.exec(dataUrl);
  // pdfmake draws SVG from markup, not from an image data URL.
  return svg?.[1] !== undefined
    ? [{ svg: Buffer.from(svg[1], 'base64').toString('utf8'), fit: [44, 44], width: 52 }]
    : [{ image: dataUrl, fit: [44, 44], width: 52 }];
}

/** Top of every page: who issues it, whose statement, which period, which page. */
function pageHeader(doc: StatementDocument, labels: DocumentLabels, currentPage: number, pageCount: number): PdfNode {
  const { cooperative, member, period } = doc;
  return {
    margin: [40, 24, 40, 0],
    stack: [
      {
        columns: [
          ...logo(cooperative.logoDataUrl),
          {
            width: '*',
            stack: [{ text: cooperative.name, style: 'cooperative' }, `NIT ${cooperative.nit}`],
          },
          {
            width: 'auto',
            alignment: 'right',
            stack: [
              { text: labels.statementTitle, style: 'title' },
              { text: member.fullName, bold: true },
              member.documentMasked,
              labels.period(period.from, period.to),
              labels.page(currentPage, pageCount),
            ],
          },
        ],
      },
      {
        canvas: [{ type: 'line', x1: 0, y1: 4, x2: 532, y2: 4, lineWidth: 1.5, lineColor: cooperative.colors.primary }],
      },
    ],
  };
}

/** Page 1, under the header: where and when it was issued, and how to check it. */
function issueBlock(doc: StatementDocument, labels: DocumentLabels): PdfContent[] {
  const { branch, verification } = doc;
  const facts: PdfNode = {
    width: '*',
    stack: [
      labels.issuedOn(formatBogotaDateTime(doc.issuedAt)),
      `${branch.name}, ${branch.city} · terminal ${doc.terminalId}`,
      ...(doc.tellerName ? [`${labels.issuedBy} ${doc.tellerName}`] : []),
      labels.movementsInPeriod(movementCount(doc.statement)),
    ],
  };
  const check: PdfNode =
    verification.code === null
      ? { width: 200, text: labels.draftNotice, style: 'draft' }
      : {
          width: 'auto',
          columns: [
            { width: 'auto', qr: verification.url, fit: 64, eccLevel: 'M' },
            {
              width: 170,
              margin: [6, 4, 0, 0],
              stack: [
                { text: labels.pdfCode(verification.code), bold: true },
                { text: labels.verifyAt(verification.url), fontSize: 7.5 },
              ],
            },
          ],
        };
  return [{ style: 'issueBlock', columns: [facts, check] }];
}

/**
 * The full statement for a letter or A4 page, as a pdfmake document
 * definition. Pure: same document in, same definition out, so the hash the
 * centre vouches for and what is printed describe the same thing.
 */
export function statementDocDefinition(doc: StatementDocument, options: StatementPdfOptions): PdfDocDefinition {
  const verification = verificationLine(doc);
  const labels = documentLabels[doc.locale];
  const { primary } = doc.cooperative.colors;
  return {
    pageSize: options.paper === 'a4' ? 'A4' : 'LETTER',
    pageMargins: [40, 100, 40, 56],
    // Generic metadata: a PDF's properties should not repeat the member's name.
    info: {
      title: labels.statementTitle,
      author: doc.cooperative.name,
      creator: 'CoopKiosk',
      subject: labels.metadataSubject(doc.period.from, doc.period.to),
    },
    ...(options.protection
      ? {
          // PDF 1.7 extension level 3: AES-256, which every current reader opens.
          version: '1.7ext3',
          userPassword: options.protection.userPassword,
          ownerPassword: options.protection.ownerPassword,
          permissions: { printing: 'highResolution', modifying: false, copying: true, annotating: false },
        }
      : {}),
    ...(doc.verification.code === null
      ? { watermark: { text: labels.watermark, color: primary, opacity: 0.08, bold: true } }
      : {}),
    defaultStyle: { font: 'Roboto', fontSize: 8.5 },
    styles: {
      cooperative: { fontSize: 12, bold: true, color: primary },
      title: { fontSize: 13, bold: true, color: primary },
      issueBlock: { margin: [0, 0, 0, 10], fontSize: 8.5 },
      draft: { fontSize: 10, bold: true, color: '#B00020', alignment: 'right' },
      sectionTitle: { fontSize: 11, bold: true, color: primary, margin: [0, 4, 0, 4] },
      summaryGroup: { bold: true, color: primary, margin: [0, 3, 0, 0] },
      summary: { margin: [0, 0, 0, 6] },
      productTitle: { fontSize: 10.5, bold: true, color: primary, margin: [0, 2, 0, 0] },
      productFacts: { fontSize: 8.5, color: '#333333' },
      warning: { fontSize: 9, bold: true, color: '#B00020' },
      tableHeader: { bold: true, color: '#ffffff', fillColor: primary },
      movements: { margin: [0, 2, 0, 2] },
    },
    header: (currentPage, pageCount) => pageHeader(doc, labels, currentPage, pageCount),
    content: [...issueBlock(doc, labels), ...summaryBlock(doc, labels), ...productSections(doc, labels)],
    footer: () => ({
      margin: [40, 16, 40, 0],
      text: verification,
      fontSize: 7.5,
    }),
  };
}
