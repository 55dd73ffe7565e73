import type { IncomingMessage, ServerResponse } from 'node:http';
import { centralErrorStatus, type CentralErrorCode } from '../../shared/contract/central';

/** Small HTTP helpers: the demo central uses node:http with no framework. */

export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: CentralErrorCode,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.status = centralErrorStatus[code];
  }
}

export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export const maxBodyBytes = 16 * 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new HttpError('payload-too-large', `body over ${maxBodyBytes} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function send(res: ServerResponse, reply: Reply): void {
  const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    ...(payload ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
    ...reply.headers,
  });
  res.end(payload);
}

export function errorReply(err: HttpError): Reply {
  return {
    status: err.status,
    body: { error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } },
    ...(err.headers ? { headers: err.headers } : {}),
  };
}
