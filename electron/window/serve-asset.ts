import { readFile } from 'node:fs/promises';
import { contentSecurityPolicy } from './csp';
import { mimeTypeFor, resolveAppAssetPath } from './protocol';

export interface AssetRequest {
  readonly url: string;
  readonly method: string;
}

/**
 * Answers one app:// request from the built renderer. Kept free of electron
 * so it runs under Vitest; main.ts hands it to `protocol.handle`.
 */
export async function serveAppAsset(rootDir: string, request: AssetRequest): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plain(405, 'method not allowed');
  }
  const path = resolveAppAssetPath(rootDir, request.url);
  if (path === null) {
    // Same answer as a missing file: a probe learns nothing about the disk.
    return plain(404, 'not found');
  }
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch {
    return plain(404, 'not found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(path), 'Content-Length': String(body.length) },
  });
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    // A new build must show up after a reload; the files are local, caching buys nothing.
    'Cache-Control': 'no-store',
  };
}

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
