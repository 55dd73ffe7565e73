import type { PrintFailure } from '../stores/print';

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
