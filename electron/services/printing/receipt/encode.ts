import type { StatementDocument } from '../../../../shared/documents/statement-document';
import { decodeEscPos } from '../../../../shared/printing/escpos-decoder';
import type { SimulationDocument } from '../../../../shared/documents/simulation-document';
import { layoutReceipt, receiptColumns, type ReceiptLine } from './layout';
import { layoutSimulationReceipt } from './simulation-layout';
import { renderReceipt, type ReceiptCharacterSet } from './render';

export interface ReceiptFormat {
  readonly type: 'epson' | 'star';
  readonly paperWidthMm: 80 | 58;
  readonly characterSet: ReceiptCharacterSet;
}

/** What a receipt says, laid out for the paper: a statement's balances or a simulation's figures. */
export type ReceiptDocument = StatementDocument | SimulationDocument;

function layoutFor(doc: ReceiptDocument, columns: number): ReceiptLine[] {
  return doc.kind === 'statement' ? layoutReceipt(doc, columns) : layoutSimulationReceipt(doc, columns);
}

/** The bytes sent to the printer for a document. */
export function encodeReceipt(doc: ReceiptDocument, format: ReceiptFormat): Buffer {
  const columns = receiptColumns[format.paperWidthMm];
  return renderReceipt(layoutFor(doc, columns), { type: format.type, characterSet: format.characterSet, columns });
}

/** Decoded text of receipt bytes, without the blank feed before the cut. */
export function receiptText(bytes: Uint8Array): string[] {
  const lines = [...decodeEscPos(bytes).lines];
  while (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
  }
  return lines;
}

/**
 * What the paper will say, from the same layout, renderer and code page. The
 * decoder reads Epson's dialect, so a Star printer's preview is rendered as
 * Epson: commands differ between the two, the printed text does not.
 */
export function previewReceipt(doc: ReceiptDocument, format: ReceiptFormat): string[] {
  return receiptText(encodeReceipt(doc, { ...format, type: 'epson' }));
}
