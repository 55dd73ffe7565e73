import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A controllable stand-in for the network between the kiosk and the centre:
 * forwards to a real (demo) central, or plays one of its bad days.
 * - up: forward everything
 * - down: refuse connections (the port is closed)
 * - error-500: /v1/sync answers 500 without reaching the centre
 * - hang: /v1/sync is accepted and never answered (the client times out)
 * - slow: /v1/sync is forwarded and the answer held back `slowMs`
 * - die-mid-batch: /v1/sync is forwarded, the centre applies it, then the client's connection is dropped
 */
export type ProxyMode = 'up' | 'down' | 'error-500' | 'hang' | 'slow' | 'die-mid-batch';

export interface CentralProxy {
  readonly url: string;
  readonly port: number;
  /** POST /v1/sync requests that reached the proxy, whatever happened to them. */
  syncRequests(): number;
  setMode(mode: ProxyMode, options?: { slowMs?: number }): Promise<void>;
  close(): Promise<void>;
}

export async function startCentralProxy(target: string, initial: ProxyMode = 'up'): Promise<CentralProxy> {
  const upstream = new URL(target);
  let mode: ProxyMode = initial;
  let slowMs = 1_500;
  let syncCount = 0;
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => void handle(req, res));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readAll(req);
    const isSync = req.method === 'POST' && req.url === '/v1/sync';
    if (isSync) {
      syncCount += 1;
    }
    if (isSync && mode === 'error-500') {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { code: 'internal', message: 'proxy says 500' } }));
      return;
    }
    if (isSync && mode === 'hang') {
      return; // never answered; the kiosk's request timeout ends it
    }
    const answer = await forward(req, body);
    if (isSync && mode === 'die-mid-batch') {
      req.socket.destroy();
      return;
    }
    if (isSync && mode === 'slow') {
      await new Promise((r) => setTimeout(r, slowMs));
    }
    if (!res.destroyed) {
      res.writeHead(answer.status, answer.headers).end(answer.body);
    }
  }

  function forward(
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const out = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host, connection: 'close' },
        },
        (r) => {
          void readAll(r).then((b) => {
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(r.headers)) {
              if (typeof v === 'string' && k !== 'connection' && k !== 'transfer-encoding' && k !== 'keep-alive') {
                headers[k] = v;
              }
            }
            resolve({ status: r.statusCode ?? 502, headers, body: b });
          }, reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });
  }

  const listen = (port: number): Promise<void> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = (): Promise<void> =>
    new Promise((resolve) => {
      for (const socket of sockets) {
        socket.destroy();
      }
      server.close(() => resolve());
    });

  await listen(0);
  const port = (server.address() as AddressInfo).port;
  if (initial === 'down') {
    await stopListening();
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    syncRequests: () => syncCount,
    async setMode(next, options = {}) {
      slowMs = options.slowMs ?? slowMs;
      if (next === 'down' && mode !== 'down') {
        await stopListening();
      } else if (next !== 'down' && mode === 'down') {
        await listen(port);
      }
      mode = next;
    },
    close: () => (mode === 'down' ? Promise.resolve() : stopListening()),
  };
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
