import type { PrinterState } from '../../../../shared/contract/kiosk-api';
import { isPrintableState } from '../../../../shared/contract/values';
import { queryState } from './status';
import { openTcp } from './tcp-connection';

export interface TcpTimeouts {
  readonly connectMs: number;
  /** Wait for each status answer. */
  readonly queryMs: number;
  /** No progress while sending the job. */
  readonly idleMs: number;
}

export const defaultTcpTimeouts: TcpTimeouts = { connectMs: 3_000, queryMs: 1_500, idleMs: 10_000 };

export interface TcpTarget {
  readonly host: string;
  readonly port: number;
}

/** "tcp://host:port" → host and port; null when it is not one (the config schema checked the shape already). */
export function parseTcpInterface(value: string): TcpTarget | null {
  const match = /^tcp:\/\/([A-Za-z0-9.-]+):(\d{1,5})$/.exec(value);
  const port = Number(match?.[2]);
  if (!match?.[1] || !Number.isInteger(port) || port < 1 || port > 65_535) {
    return null;
  }
  return { host: match[1], port };
}

/** The result of sending one job: what the printer said before and after it. */
export type TcpJobResult =
  | { readonly ok: true; readonly state: PrinterState }
  | { readonly ok: false; readonly state: PrinterState; readonly reason: string };

export async function tcpStatus(target: TcpTarget, timeouts: TcpTimeouts): Promise<PrinterState> {
  const opened = await openTcp(target.host, target.port, {
    connectTimeoutMs: timeouts.connectMs,
    idleTimeoutMs: timeouts.idleMs,
  });
  if (!opened.ok) {
    return 'offline';
  }
  try {
    return await queryState(opened.channel, timeouts.queryMs);
  } finally {
    opened.channel.close();
  }
}

/**
 * Status, job, status again on the same connection. The printer handles bytes
 * in order, so the second answer comes after it took in the whole job and
 * tells whether the paper ran out or the printer went offline meanwhile.
 * Success needs that answer: bytes accepted by the socket prove nothing.
 */
export async function sendTcpJob(target: TcpTarget, job: Uint8Array, timeouts: TcpTimeouts): Promise<TcpJobResult> {
  const opened = await openTcp(target.host, target.port, {
    connectTimeoutMs: timeouts.connectMs,
    idleTimeoutMs: timeouts.idleMs,
  });
  if (!opened.ok) {
    return { ok: false, state: 'offline', reason: `connect: ${opened.reason}` };
  }
  const channel = opened.channel;
  try {
    const before = await queryState(channel, timeouts.queryMs);
    if (!isPrintableState(before)) {
      return { ok: false, state: before, reason: 'not ready before the job' };
    }
    await channel.write(job);
    if (channel.failure) {
      return { ok: false, state: 'unknown', reason: `connection ${channel.failure} during the job` };
    }
    // The answer arrives only once the printer has read the job, so allow the idle time, not the short query time.
    const after = await queryState(channel, Math.max(timeouts.queryMs, timeouts.idleMs));
    if (channel.failure) {
      return {
        ok: false,
        state: after === 'offline' ? 'unknown' : after,
        reason: `connection ${channel.failure} during the job`,
      };
    }
    if (!isPrintableState(after)) {
      return { ok: false, state: after, reason: 'printer reported a problem after the job' };
    }
    return { ok: true, state: after };
  } finally {
    channel.close();
  }
}
