import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoCentral, terminalKeyFor, type DemoCentral } from '../../electron/demo-central/server';

/**
 * A demo central started by the test itself (real HTTP on 127.0.0.1), so the
 * test can act as the centre's staff (unlock, audit) and read its mail. Point
 * a browser host at it with `hostConfigFor(central)` and `env: { [keyEnv]: central.key }`.
 */
export interface TestCentral {
  readonly url: string;
  /** The credential of the kiosk terminal `hostConfigFor` names (E2E-KIOSK-01). */
  readonly key: string;
  /** The credential of any other terminal. */
  keyFor(terminalId: string): string;
  readonly central: DemoCentral;
  /** POST/GET to the centre with the terminal credential (and a bearer token when given). */
  call(
    method: 'GET' | 'POST',
    path: string,
    options?: { body?: unknown; token?: string },
  ): Promise<{ status: number; body: unknown }>;
  staffToken(): Promise<string>;
  /** The .eml files the centre has sent, as text. */
  mails(): string[];
  stop(): Promise<void>;
}

export const keyEnv = 'COOPKIOSK_TEST_CENTRAL_KEY';
export const kioskTerminalId = 'E2E-KIOSK-01';

export async function startTestCentral(options: { tokenTtlSeconds?: number } = {}): Promise<TestCentral> {
  const master = randomBytes(16).toString('hex');
  const keyFor = (terminalId: string): string => terminalKeyFor(master, terminalId);
  const dataDir = mkdtempSync(join(tmpdir(), 'coopkiosk-central-'));
  const central = await startDemoCentral({ dataDir, port: 0, terminalKey: master, ...options });
  const call: TestCentral['call'] = async (method, path, { body, token } = {}) => {
    const res = await fetch(`${central.url}${path}`, {
      method,
      headers: {
        'x-terminal-id': 'TEST-STAFF',
        'x-terminal-key': keyFor('TEST-STAFF'),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
  return {
    url: central.url,
    key: keyFor(kioskTerminalId),
    keyFor,
    central,
    call,
    async staffToken() {
      const res = await call('POST', '/v1/staff/login', { body: { username: 'cajero1', password: 'Cajero-2026!' } });
      return (res.body as { token: string }).token;
    },
    mails() {
      try {
        return readdirSync(central.mailDir)
          .filter((f) => f.endsWith('.eml'))
          .map((f) => readFileSync(join(central.mailDir, f), 'utf8'));
      } catch {
        return [];
      }
    },
    async stop() {
      await central.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A valid terminal config that talks to `central`, with overrides merged in. */
export function hostConfigFor(central: TestCentral, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    terminalId: kioskTerminalId,
    role: 'member-kiosk',
    branch: { code: 'MED-CENTRO', name: 'Sede Centro', city: 'Medellín' },
    brand: {
      name: 'Cooperativa Demo de Ahorro y Crédito',
      nit: '900.123.456-8',
      verifyUrl: 'https://verifica.coopdemo.com.co/v',
    },
    central: { mode: 'remote', url: central.url, credential: `env:${keyEnv}` },
    printers: { receipt: { interface: 'virtual' }, laser: { queue: 'virtual' } },
    ...overrides,
  };
}
