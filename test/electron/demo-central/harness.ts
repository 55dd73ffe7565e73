import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memberStreamId } from '../../../electron/demo-central/secrets';
import {
  startDemoCentral,
  terminalKeyFor,
  type DemoCentral,
  type DemoCentralOptions,
} from '../../../electron/demo-central/server';

/** A demo central on a random loopback port with its own temp data folder. */
export const today = '2026-11-20';
/** The credential headers of terminal `id` under the default master key. */
export function terminalHeaders(
  id: string,
  master = 'demo-terminal-key',
): { 'x-terminal-id': string; 'x-terminal-key': string } {
  return { 'x-terminal-id': id, 'x-terminal-key': terminalKeyFor(master, id) };
}
export const terminal = terminalHeaders('TEST-01');

/** "member:<stream id>": the member's outbox stream on a terminal, as the centre gives it at sign-in. */
export function memberStream(central: { readonly dataDir: string }, memberId: string, terminalId = 'TEST-01'): string {
  const { streamSecret } = JSON.parse(readFileSync(`${central.dataDir}/state.json`, 'utf8')) as {
    streamSecret: string;
  };
  return `member:${memberStreamId(streamSecret, terminalId, memberId)}`;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'demo-central-'));
}

export async function start(options: Partial<DemoCentralOptions> = {}): Promise<DemoCentral> {
  return startDemoCentral({ dataDir: options.dataDir ?? tempDir(), port: 0, today, ...options });
}

export async function stop(central: DemoCentral, keepData = false): Promise<void> {
  await central.close();
  if (!keepData) {
    rmSync(central.dataDir, { recursive: true, force: true });
  }
}

export interface ApiResponse {
  readonly status: number;
  readonly body: unknown;
  readonly text: string;
  readonly headers: Headers;
}

/** Raw HTTP, so tests see exactly what goes over the wire. */
export async function api(
  central: DemoCentral,
  method: 'GET' | 'POST',
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const res = await fetch(`${central.url}${path}`, {
    method,
    headers: {
      ...terminal,
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, text, body: text ? (JSON.parse(text) as unknown) : undefined, headers: res.headers };
}

export async function login(central: DemoCentral, docNumber: string, secret: string): Promise<ApiResponse> {
  return api(central, 'POST', '/v1/auth/login', { body: { docType: 'CC', docNumber, secret } });
}

export async function token(central: DemoCentral, docNumber: string, secret: string): Promise<string> {
  const res = await login(central, docNumber, secret);
  if (res.status !== 200) {
    throw new Error(`login failed: ${res.status} ${res.text}`);
  }
  return (res.body as { token: string }).token;
}

export async function staffToken(central: DemoCentral): Promise<string> {
  const res = await api(central, 'POST', '/v1/staff/login', {
    body: { username: 'cajero1', password: 'Cajero-2026!' },
  });
  return (res.body as { token: string }).token;
}
