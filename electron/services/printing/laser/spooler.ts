import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrinterState } from '../../../../shared/contract/kiosk-api';

export type SpoolResult =
  | { readonly ok: true; readonly keptFile: string | null }
  | { readonly ok: false; readonly state: PrinterState; readonly reason: string };

/** An OS print queue (CUPS, Windows) or the virtual printer: takes finished PDF bytes. */
export interface Spooler {
  readonly kind: 'spooler' | 'virtual';
  status(): Promise<PrinterState>;
  /** Resolves when the queue reports the job done, or failed (and cancelled). */
  print(pdf: Uint8Array, title: string): Promise<SpoolResult>;
}

/** Job titles become file names in cups-pdf and show in queue listings: keep them to [A-Za-z0-9_-]. */
export const jobTitlePattern = /^[A-Za-z0-9_-]{1,64}$/;
/** The same rule as the config schema's laser queue. */
export const queueNamePattern = /^[A-Za-z0-9_.-]{1,127}$/;

/**
 * The spooler tools take a file: write the PDF (personal data) into the
 * terminal's own data folder, readable by this user only, and remove it as
 * soon as the tool has taken it.
 */
export async function withTempPdf<T>(
  dir: string,
  title: string,
  pdf: Uint8Array,
  use: (file: string) => Promise<T>,
): Promise<T> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `${title}.pdf`);
  writeFileSync(file, pdf, { mode: 0o600 });
  try {
    return await use(file);
  } finally {
    rmSync(file, { force: true });
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
