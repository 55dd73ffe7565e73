import type { PrintTarget } from '../../shared/contract/kiosk-print';
import type { PrinterState } from '../../shared/contract/values';
import type { ErrorCode } from '../../shared/result';

/** Why a job did not come out, for a plain-Spanish sentence. */
export interface PrintFailure {
  readonly target: PrintTarget;
  readonly code: ErrorCode;
  /** The printer's state when main reported one (paper-out, cover-open, ...). */
  readonly state: PrinterState | null;
}

/**
 * The sentence for a print that did not come out, by printer and state:
 * "La impresora de recibos se quedó sin papel.". Failures that are not the
 * printer's (the centre could not be reached) get their own sentence.
 */
export function failureMessageKey(failure: PrintFailure): string {
  if (failure.code !== 'print-failed' && failure.code !== 'printer-unavailable') {
    return 'print.failures.central';
  }
  const state =
    failure.state === 'paper-out' || failure.state === 'cover-open' || failure.state === 'offline'
      ? failure.state
      : 'other';
  return `print.failures.${failure.target}.${state}`;
}
