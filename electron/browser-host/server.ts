import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from '../http/read-body';
import type { KioskCore } from '../core/create-core';
import type { Logger } from '../services/logger';
import type { BrowserHostPort } from './host-port';
import { contentSecurityPolicy } from '../window/csp';
import { mimeTypeFor, resolveAppAssetPath } from '../window/protocol';

export interface BrowserHostOptions {
  /** The current core: after a fatal error the host builds a new one (see cli.ts). */
  readonly core: () => KioskCore;
  /** The host port the core was built with: the page's event streams live there. */
  readonly hostPort: BrowserHostPort;
  /** The built renderer (dist/renderer). */
  readonly rendererDir: string;
  readonly port: number;
  readonly log: Logger;
  /** Tests only: POST /__faults/{throw,reject} (with the launch secret) makes this process fail on purpose. */
  readonly faultInjection?: boolean;
}

export interface BrowserHost {
  /** The one URL to open: it carries the per-launch secret. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const maxBodyBytes = 1024 * 1024;

/**
 * The development and test host: the same services as Electron's main
 * process, the built renderer on 127.0.0.1, and the bridge at POST
 * /api/<method>. Only a page that was served with this launch's secret can
 * call the bridge, and only through 127.0.0.1 (no DNS rebinding).
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const { core, hostPort, rendererDir, log } = options;
  const secret = randomBytes(32).toString('base64url');
  const secretBytes = Buffer.from(secret);
  const indexHtml = await readFile(`${rendererDir}/index.html`, 'utf8');
  let origin = '';

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error('host.request-failed', { error: error instanceof Error ? error.message : 'unknown' });
      if (!res.headersSent) {
        send(res, 500, 'text/plain; charset=utf-8', 'internal error');
      } else {
        res.destroy();
      }
    });
  });

  const hasSecret = (value: string | null | undefined): boolean => {
    if (!value) {
      return false;
    }
    const given = Buffer.from(value);
    return given.length === secretBytes.length && timingSafeEqual(given, secretBytes);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (req.headers.host !== new URL(origin).host) {
      send(res, 421, 'text/plain; charset=utf-8', 'wrong host');
      return;
    }
    if (url.pathname === '/events') {
      openEventStream(req, res, url);
      return;
    }
    if (options.faultInjection && url.pathname.startsWith('/__faults/') && req.method === 'POST') {
      if (!hasSecret(headerValue(req, 'x-kiosk-launch'))) {
        send(res, 403, 'text/plain; charset=utf-8', 'forbidden');
        return;
      }
      injectFault(url.pathname.slice('/__faults/'.length));
      send(res, 202, 'text/plain; charset=utf-8', 'injected');
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, url.pathname.slice('/api/'.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!hasSecret(url.searchParams.get('launch'))) {
        send(
          res,
          403,
          'text/plain; charset=utf-8',
          'Open the URL printed by "npm run host": it carries this launch\'s secret.',
        );
        return;
      }
      const page = indexHtml.replace('<head>', `<head>\n    <meta name="coopkiosk-launch" content="${secret}">`);
      send(res, 200, 'text/html; charset=utf-8', page, clearSiteData());
      return;
    }
    const file = resolveAppAssetPath(rendererDir, `app://kiosk${url.pathname}`);
    if (!file) {
      send(res, 404, 'text/plain; charset=utf-8', 'not found');
      return;
    }
    try {
      send(res, 200, mimeTypeFor(file), await readFile(file));
    } catch {
      send(res, 404, 'text/plain; charset=utf-8', 'not found');
    }
  }

  /** After the core cleared the page's data, the next response tells Chromium to drop its HTTP cache and cookies. */
  const clearSiteData = (): Record<string, string> =>
    hostPort.takeClearSiteData() ? { 'clear-site-data': '"cache", "cookies"' } : {};

  /** Server-sent events: how the core tells the page things (EventSource cannot send headers, so the secret is in the query). */
  function openEventStream(_req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (!hasSecret(url.searchParams.get('launch'))) {
      send(res, 403, 'text/plain; charset=utf-8', 'forbidden');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    hostPort.attach(res);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      send(
        res,
        405,
        'application/json',
        JSON.stringify({ ok: false, error: { code: 'invalid-input', message: 'use POST' } }),
      );
      return;
    }
    const trustedSender =
      hasSecret(headerValue(req, 'x-kiosk-launch')) &&
      (req.headers.origin === undefined || req.headers.origin === origin);
    let body: unknown;
    try {
      const text = (await readBody(req, maxBodyBytes)).toString('utf8');
      body = text.length === 0 ? {} : JSON.parse(text);
    } catch {
      send(
        res,
        400,
        'application/json',
        JSON.stringify({ ok: false, error: { code: 'invalid-input', message: 'body is not JSON of at most 1 MiB' } }),
      );
      return;
    }
    const input = typeof body === 'object' && body !== null ? (body as { input?: unknown }).input : undefined;
    let method: string;
    try {
      method = decodeURIComponent(name);
    } catch {
      send(
        res,
        400,
        'application/json',
        JSON.stringify({
          ok: false,
          error: { code: 'invalid-input', message: 'malformed %-escape in the method name' },
        }),
      );
      return;
    }
    const result = await core().dispatch(method, input, { via: 'http', trustedSender });
    const status = !result.ok && result.error.code === 'forbidden-sender' ? 403 : 200;
    send(res, status, 'application/json', JSON.stringify(result), trustedSender ? clearSiteData() : {});
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  log.info('host.listening', { port });
  return {
    url: `${origin}/?launch=${secret}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...extra,
    'content-type': type,
    'cache-control': 'no-store',
    'content-security-policy': contentSecurityPolicy(),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  });
  res.end(body);
}

/** A real failure of this process, outside any request: what recovery must survive. */
function injectFault(kind: string): void {
  if (kind === 'throw') {
    setTimeout(() => {
      throw new Error('injected fault: an exception nobody catches');
    }, 10);
  } else if (kind === 'reject') {
    setTimeout(() => void Promise.reject(new Error('injected fault: a rejection nobody handles')), 10);
  }
}
