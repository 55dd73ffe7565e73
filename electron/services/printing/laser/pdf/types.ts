/**
 * The slice of pdfmake's document definition the statement uses. Kept as
 * plain data (plus the footer function) so tests can inspect it without
 * rendering.
 */
export type PdfContent = string | PdfNode | readonly PdfContent[];

export interface PdfNode {
  readonly text?: PdfContent;
  readonly stack?: readonly PdfContent[];
  readonly columns?: readonly PdfNode[];
  readonly table?: PdfTable;
  readonly image?: string;
  readonly svg?: string;
  readonly width?: number | string;
  readonly fit?: readonly [number, number];
  readonly style?: string | readonly string[];
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly color?: string;
  readonly fillColor?: string;
  readonly alignment?: 'left' | 'right' | 'center';
  readonly margin?: readonly number[];
  readonly colSpan?: number;
  readonly layout?: string;
  readonly pageBreak?: 'before' | 'after';
  readonly unbreakable?: boolean;
}

export type PdfCell = PdfNode | string;

export interface PdfTable {
  /** Rows repeated at the top of every page the table spans. */
  readonly headerRows: number;
  readonly widths: readonly (number | string)[];
  readonly body: readonly (readonly PdfCell[])[];
  readonly dontBreakRows?: boolean;
}

export interface PdfDocDefinition {
  readonly pageSize: 'LETTER' | 'A4';
  readonly pageMargins: readonly [number, number, number, number];
  readonly info: Readonly<Record<string, string>>;
  readonly defaultStyle: PdfNode & { readonly font: string };
  readonly styles: Readonly<Record<string, PdfNode>>;
  readonly content: readonly PdfContent[];
  readonly footer: (currentPage: number, pageCount: number) => PdfNode;
}
