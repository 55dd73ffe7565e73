import type { IncomingMessage, ServerResponse } from 'node:http';
import { centralErrorStatus, type CentralErrorCode } from '../../shared/contract/central';
import { BodyTooLargeError, readBody as readLimitedBody } from '../http/read-body';

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

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  try {
    return await readLimitedBody(req, maxBodyBytes);
  } catch (error) {
    throw error instanceof BodyTooLargeError ? new HttpError('payload-too-large', error.message) : error;
  }
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
