import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The renderer's origin. A standard, secure custom scheme instead of file://, so the page gets a real origin and file:// never has to be trusted. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The welcome screen: every reload (crash, hang, end of session) goes back here. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Maps an app:// request to a file under `rootDir`, or null when refused
 * (other scheme or host, traversal, absolute or malformed path). Chromium
 * normalises "..", "%2e%2e" before the handler runs, but "..%2f" and "%5c"
 * survive normalisation and only become separators once decoded, so each
 * segment is decoded and checked on its own; a final containment check guards
 * against anything the segment rules miss.
 */
export function resolveAppAssetPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return null;
  }
  const segments = rawPath(requestUrl).split('/').slice(1);
  if (segments.length === 1 && segments[0] === '') {
    segments[0] = 'index.html';
  }
  const decoded: string[] = [];
  for (const segment of segments) {
    const name = decodeSegment(segment);
    if (name === null || !isPlainName(name)) {
      return null;
    }
    decoded.push(name);
  }
  const root = resolve(rootDir);
  const target = resolve(root, ...decoded);
  const inside = relative(root, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return null;
  }
  return target;
}

/** The path exactly as written, before URL parsing collapses dot segments. */
function rawPath(requestUrl: string): string {
  const afterAuthority = requestUrl.slice(requestUrl.indexOf('//') + 2);
  const slash = afterAuthority.indexOf('/');
  const path = slash === -1 ? '/' : afterAuthority.slice(slash);
  return path.split(/[?#]/, 1)[0] ?? '/';
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** A file or folder name: no separators, no drive letters, no dot segments, no control characters. */
function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\:\u0000-\u001f]/.test(name);
}

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Content type by extension; unknown types are served as opaque bytes (and nosniff stops the browser guessing). */
export function mimeTypeFor(path: string): string {
  return mimeTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
