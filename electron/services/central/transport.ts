import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/**
 * One HTTP exchange with separate limits: `connectTimeoutMs` until the TCP
 * (and TLS) connection is up, `requestTimeoutMs` from then until the whole
 * response body has arrived. Never throws: failures come back as a kind.
 */
export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export type TransportFailure = 'connect-timeout' | 'request-timeout' | 'network' | 'too-large';

export type TransportResult =
  | { readonly ok: true; readonly response: RawResponse }
  | { readonly ok: false; readonly failure: TransportFailure; readonly detail: string };

export interface TransportRequest {
  readonly method: 'GET' | 'POST';
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

const maxResponseBytes = 64 * 1024 * 1024;

export interface Transport {
  send(req: TransportRequest): Promise<TransportResult>;
  close(): void;
}

export function createTransport(connectTimeoutMs: number, requestTimeoutMs: number): Transport {
  // Keep-alive: a sync drain of thousands of events reuses a few sockets.
  const agents = {
    http: new HttpAgent({ keepAlive: true, maxSockets: 8 }),
    https: new HttpsAgent({ keepAlive: true, maxSockets: 8 }),
  };
  return {
    close: () => {
      agents.http.destroy();
      agents.https.destroy();
    },
    send: async (r) => {
      const first = await attempt(r);
      // A kept-alive socket the server closed while idle fails at once, before the request was read (Node's
      // documented `reusedSocket` case): that one failure is retried on a fresh socket.
      return !first.result.ok &&
        first.reusedSocket &&
        first.result.failure === 'network' &&
        /ECONNRESET|EPIPE|socket hang up/.test(first.result.detail)
        ? (await attempt(r)).result
        : first.result;
    },
  };

  function attempt(r: TransportRequest): Promise<{ result: TransportResult; reusedSocket: boolean }> {
    return new Promise((resolve) => {
      const https = r.url.protocol === 'https:';
      const payload = r.body === undefined ? undefined : Buffer.from(r.body, 'utf8');
      let settled = false;
      let requestTimer: NodeJS.Timeout | undefined;
      const finish = (result: TransportResult): void => {
        if (settled) {
          return;
        }
        settled = true;
        clearTimeout(connectTimer);
        clearTimeout(requestTimer);
        resolve({ result, reusedSocket: req.reusedSocket });
      };
      const req = (https ? httpsRequest : httpRequest)(r.url, {
        method: r.method,
        agent: https ? agents.https : agents.http,
        headers: { ...r.headers, ...(payload ? { 'content-length': String(payload.length) } : {}) },
      });
      const startRequestTimer = (): void => {
        clearTimeout(connectTimer);
        requestTimer = setTimeout(() => {
          finish({
            ok: false,
            failure: 'request-timeout',
            detail: `no complete response within ${requestTimeoutMs} ms`,
          });
          req.destroy();
        }, requestTimeoutMs);
      };
      const connectTimer = setTimeout(() => {
        finish({ ok: false, failure: 'connect-timeout', detail: `not connected within ${connectTimeoutMs} ms` });
        req.destroy();
      }, connectTimeoutMs);
      req.on('socket', (socket) => {
        if (socket.connecting) {
          socket.once(https ? 'secureConnect' : 'connect', startRequestTimer);
        } else {
          startRequestTimer();
        }
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxResponseBytes) {
            finish({ ok: false, failure: 'too-large', detail: 'response body too large' });
            req.destroy();
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () =>
          finish({
            ok: true,
            response: { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) },
          }),
        );
        res.on('error', (err) => finish({ ok: false, failure: 'network', detail: err.message }));
      });
      req.on('error', (err: NodeJS.ErrnoException) =>
        finish({ ok: false, failure: 'network', detail: err.code ?? err.message }),
      );
      req.end(payload);
    });
  }
}
