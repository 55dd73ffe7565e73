import type { PrinterState } from '../../../../shared/contract/kiosk-api';
import type { ByteChannel } from './tcp-connection';

/**
 * Real-time status with ESC/POS DLE EOT n (10 04 n), written here because
 * node-thermal-printer's getStatus() uses GS r and is marked experimental.
 * Every answer byte has bits 1 and 4 set and bits 0 and 7 clear (0x12 when
 * all is well); a byte without that pattern is not a status answer.
 */

/** The three answers, as raw bytes. */
export interface StatusBytes {
  /** n=1, printer status: bit 3 offline. */
  readonly printer: number;
  /** n=2, offline cause: bit 2 cover open, bit 5 stopped by paper end, bit 6 error. */
  readonly offlineCause: number;
  /** n=4, roll paper sensor: bits 2-3 near end, bits 5-6 paper end. */
  readonly paper: number;
}

const fixedMask = 0x93;
const fixedPattern = 0x12;

export function isStatusAnswer(byte: number): boolean {
  return (byte & fixedMask) === fixedPattern;
}

/** Maps the answers to one state, the one a member or IT must act on first. */
export function stateFromStatus(bytes: StatusBytes): PrinterState {
  const { printer, offlineCause, paper } = bytes;
  if (![printer, offlineCause, paper].every(isStatusAnswer)) {
    return 'unknown';
  }
  if ((offlineCause & 0x20) !== 0 || (paper & 0x60) !== 0) {
    return 'paper-out';
  }
  if ((offlineCause & 0x04) !== 0) {
    return 'cover-open';
  }
  if ((printer & 0x08) !== 0 || (offlineCause & 0x40) !== 0) {
    return 'offline';
  }
  if ((paper & 0x0c) !== 0) {
    return 'paper-near-end';
  }
  return 'ready';
}

/**
 * Asks n=1, 2 and 4 one at a time, so each answer is paired with its
 * question. A printer that does not answer within `timeoutMs` is 'unknown'
 * (it is connected but says nothing we can trust); a connection that is gone
 * is 'offline'.
 */
export async function queryState(channel: ByteChannel, timeoutMs: number): Promise<PrinterState> {
  const answers: number[] = [];
  for (const n of [1, 2, 4]) {
    await channel.write(Uint8Array.of(0x10, 0x04, n));
    const byte = await channel.readByte(timeoutMs);
    if (byte === null) {
      return channel.failure && channel.failure !== 'idle-timeout' ? 'offline' : 'unknown';
    }
    answers.push(byte);
  }
  const [printer = 0, offlineCause = 0, paper = 0] = answers;
  return stateFromStatus({ printer, offlineCause, paper });
}
