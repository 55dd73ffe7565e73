import { connect, type Socket } from 'node:net';

/** A byte pipe to the printer: what status queries and jobs need, nothing more. */
export interface ByteChannel {
  write(bytes: Uint8Array): Promise<void>;
  /** The next byte the printer sent, or null after `timeoutMs` or when the connection is gone. */
  readByte(timeoutMs: number): Promise<number | null>;
  /** Why the connection ended early ('dropped', 'idle-timeout', an error code), null while it is open. */
  readonly failure: string | null;
  close(): void;
}

export type ConnectResult =
  { readonly ok: true; readonly channel: ByteChannel } | { readonly ok: false; readonly reason: string };

export interface ConnectOptions {
  readonly connectTimeoutMs: number;
  /** No traffic either way for this long ends the connection (a printer that stopped reading). */
  readonly idleTimeoutMs: number;
}

function wrapSocket(socket: Socket, idleTimeoutMs: number): ByteChannel {
  const received: number[] = [];
  let waiter: ((byte: number | null) => void) | null = null;
  let failure: string | null = null;
  let closing = false;
  // Writes still queued when the connection fails must settle too, or a job to a stalled printer would hang.
  const pendingWrites = new Set<() => void>();

  const settle = (byte: number | null): void => {
    const w = waiter;
    waiter = null;
    w?.(byte);
  };
  const fail = (reason: string): void => {
    failure ??= reason;
    socket.destroy();
    settle(null);
    for (const done of pendingWrites) {
      done();
    }
    pendingWrites.clear();
  };
  socket.setTimeout(idleTimeoutMs, () => fail('idle-timeout'));
  socket.on('data', (chunk: Buffer) => {
    received.push(...chunk);
    if (waiter) {
      settle(received.shift() ?? null);
    }
  });
  socket.on('error', (error: NodeJS.ErrnoException) => fail(error.code ?? 'socket-error'));
  socket.on('close', () => {
    if (!closing) {
      fail('dropped');
    }
  });

  return {
    get failure() {
      return failure;
    },
    write: (bytes) =>
      new Promise((resolve) => {
        if (failure) {
          resolve();
          return;
        }
        // Resolving here means the kernel took the bytes, nothing more; callers confirm with a status query.
        const done = (): void => {
          pendingWrites.delete(done);
          resolve();
        };
        pendingWrites.add(done);
        socket.write(bytes, done);
      }),
    readByte: (timeoutMs) => {
      const ready = received.shift();
      if (ready !== undefined) {
        return Promise.resolve(ready);
      }
      if (failure) {
        return Promise.resolve(null);
      }
      return new Promise((resolve) => {
        const timer = setTimeout(() => settle(null), timeoutMs);
        waiter = (byte) => {
          clearTimeout(timer);
          resolve(byte);
        };
      });
    },
    close: () => {
      closing = true;
      socket.end();
      // A printer that never acknowledges the FIN must not keep the socket forever.
      setTimeout(() => socket.destroy(), 1_000).unref();
    },
  };
}

/** Opens a TCP connection with an explicit connect timeout (Node's default is the OS's, often minutes). */
export function openTcp(host: string, port: number, options: ConnectOptions): Promise<ConnectResult> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ ok: false, reason: 'connect-timeout' });
    }, options.connectTimeoutMs);
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: error.code ?? 'connect-error' });
    });
    socket.once('connect', () => {
      clearTimeout(timer);
      // Status queries are 3-byte writes waiting for a 1-byte answer: Nagle plus delayed ACKs would add ~40 ms to each.
      socket.setNoDelay(true);
      socket.removeAllListeners('error');
      resolve({ ok: true, channel: wrapSocket(socket, options.idleTimeoutMs) });
    });
  });
}
