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
  /** A QR code pdfmake draws as vectors. */
  readonly qr?: string;
  readonly eccLevel?: 'L' | 'M' | 'Q' | 'H';
  readonly canvas?: readonly Readonly<Record<string, string | number>>[];
  readonly svg?: string;
  readonly width?: number | string;
  readonly fit?: readonly [number, number] | number;
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
  /** Body rows kept on the same page as the header rows. */
  readonly keepWithHeaderRows?: number;
}

export interface PdfDocDefinition {
  readonly pageSize: 'LETTER' | 'A4';
  readonly pageMargins: readonly [number, number, number, number];
  readonly info: Readonly<Record<string, string>>;
  readonly defaultStyle: PdfNode & { readonly font: string };
  readonly styles: Readonly<Record<string, PdfNode>>;
  readonly content: readonly PdfContent[];
  readonly header: (currentPage: number, pageCount: number) => PdfNode;
  readonly footer: (currentPage: number, pageCount: number) => PdfNode;
  readonly watermark?: {
    readonly text: string;
    readonly color: string;
    readonly opacity: number;
    readonly bold: boolean;
  };
  readonly version?: '1.7ext3';
  readonly userPassword?: string;
  readonly ownerPassword?: string;
  readonly permissions?: Readonly<Record<string, string | boolean>>;
}
