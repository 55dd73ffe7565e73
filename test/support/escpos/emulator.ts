import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export type EmulatedState = 'ready' | 'paper-near-end' | 'paper-out' | 'cover-open' | 'offline';

export interface EmulatorOptions {
  readonly state?: EmulatedState;
  /** Drop the connection after this many job bytes (not counting status requests). */
  readonly dropAfterBytes?: number;
  /** Run out of paper after this many job bytes: later status answers say paper end. */
  readonly paperOutAfterBytes?: number;
  /** Never answer status requests (a printer that went silent). */
  readonly silent?: boolean;
}

export interface PrinterEmulator {
  readonly port: number;
  readonly url: string;
  /** Every job byte received, all connections together, status requests excluded. */
  bytes(): Uint8Array;
  /** Every DLE EOT n the printer was asked, in order. */
  readonly statusQueries: number[];
  connections(): number;
  setState(state: EmulatedState): void;
  setOptions(options: EmulatorOptions): void;
  reset(): void;
  close(): Promise<void>;
}

/**
 * A TCP receipt printer on 127.0.0.1 that records what it is sent and answers
 * real-time status requests (DLE EOT n) like an Epson TM printer: a fixed
 * 0x12 pattern plus the bits of the state it is in.
 */
export async function startPrinterEmulator(initial: EmulatorOptions = {}): Promise<PrinterEmulator> {
  let options: EmulatorOptions = { state: 'ready', ...initial };
  let received: Buffer[] = [];
  let jobBytes = 0;
  let connectionCount = 0;
  const statusQueries: number[] = [];
  const sockets = new Set<Socket>();

  const state = (): EmulatedState =>
    options.paperOutAfterBytes !== undefined && jobBytes >= options.paperOutAfterBytes
      ? 'paper-out'
      : (options.state ?? 'ready');

  const statusByte = (n: number): number => {
    const s = state();
    const offline = s === 'offline' || s === 'paper-out' || s === 'cover-open';
    switch (n) {
      case 1:
        return 0x12 | (offline ? 0x08 : 0);
      case 2:
        return 0x12 | (s === 'cover-open' ? 0x04 : 0) | (s === 'paper-out' ? 0x20 : 0);
      case 3:
        return 0x12;
      case 4:
        return 0x12 | (s === 'paper-near-end' ? 0x0c : 0) | (s === 'paper-out' ? 0x6c : 0);
      default:
        return 0x12;
    }
  };

  const server: Server = createServer((socket) => {
    connectionCount += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      // Bytes are handled in order, as a printer does: a status request sees the job bytes sent before it.
      let i = 0;
      while (i < pending.length) {
        if (pending[i] === 0x10 && (i + 1 >= pending.length || (pending[i + 1] === 0x04 && i + 2 >= pending.length))) {
          break; // wait for the rest of a possible DLE EOT n
        }
        if (pending[i] === 0x10 && pending[i + 1] === 0x04) {
          const n = pending[i + 2] ?? 0;
          statusQueries.push(n);
          if (!options.silent) {
            socket.write(Buffer.from([statusByte(n)]));
          }
          i += 3;
          continue;
        }
        if (options.dropAfterBytes !== undefined && jobBytes >= options.dropAfterBytes) {
          socket.destroy();
          pending = Buffer.alloc(0);
          return;
        }
        received.push(pending.subarray(i, i + 1));
        jobBytes += 1;
        i += 1;
      }
      pending = pending.subarray(i);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `tcp://127.0.0.1:${port}`,
    bytes: () => new Uint8Array(Buffer.concat(received)),
    statusQueries,
    connections: () => connectionCount,
    setState: (s) => {
      options = { ...options, state: s };
    },
    setOptions: (o) => {
      options = { ...options, ...o };
    },
    reset: () => {
      received = [];
      jobBytes = 0;
      statusQueries.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) {
          socket.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
