import type { PrinterState } from '../../../shared/contract/kiosk-api';
import type { StatementDocument } from '../../../shared/documents/statement-document';

/** What came out, for the result screen and the audit. */
export type PrintOutcome =
  | {
      readonly ok: true;
      /** Pages (laser) or receipt length in lines. */
      readonly pages: number;
      /** Virtual printers keep the output: where, for IT, and a copy for the screen. */
      readonly virtualCopy: { readonly file: string; readonly previewLines: readonly string[] } | null;
    }
  | {
      readonly ok: false;
      /** The printer's state when it failed ('paper-out', 'offline', ...), or 'unknown'. */
      readonly state: PrinterState;
      /** Technical reason for the log and IT, free of personal data. */
      readonly reason: string;
      /** Set when the job was refused, before spooling, for its length. */
      readonly tooManyPages?: { readonly pages: number; readonly maxPages: number };
    };

/**
 * One printer, whatever its interface (TCP ESC/POS, OS spooler, virtual).
 * `status()` asks the device itself; `print()` resolves when the printer
 * confirmed the job (or failed), not when bytes left the socket.
 */
export interface PrinterDevice {
  readonly kind: 'tcp' | 'printer' | 'spooler' | 'virtual';
  status(): Promise<PrinterState>;
  print(document: StatementDocument): Promise<PrintOutcome>;
  /** The document as it would print, for the on-screen preview (text lines for receipts). */
  preview(document: StatementDocument): Promise<readonly string[]>;
}
