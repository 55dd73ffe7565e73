import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createCentralClient, type CentralClient } from '../../../electron/services/central-client';
import { createLogger } from '../../../electron/services/logger';
import { start, stop, terminal } from '../demo-central/harness';

const servers: Server[] = [];
const clients: CentralClient[] = [];

afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise((r) => {
          s.closeAllConnections();
          s.close(r);
        }),
    ),
  );
});

async function fake(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function client(baseUrl: string, overrides: { terminalKey?: string; requestTimeoutMs?: number } = {}) {
  const log = createLogger();
  const c = createCentralClient({
    baseUrl,
    terminalId: 'TEST-01',
    terminalKey: overrides.terminalKey ?? terminal['x-terminal-key'],
    connectTimeoutMs: 500,
    requestTimeoutMs: overrides.requestTimeoutMs ?? 2_000,
    log,
  });
  clients.push(c);
  return { c, log };
}

describe('central client error mapping', () => {
  it('maps a refused connection to central-unreachable', async () => {
    const url = await fake(() => undefined);
    const server = servers.pop();
    await new Promise((r) => server?.close(r));
    const result = await client(url).c.health();
    expect(result).toMatchObject({ ok: false, error: { code: 'central-unreachable' } });
  });

  it('maps a server that accepts but never answers to central-unreachable (request timeout)', async () => {
    const url = await fake(() => undefined);
    const started = Date.now();
    const result = await client(url, { requestTimeoutMs: 300 }).c.health();
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'central-unreachable', details: { cause: 'request-timeout' } },
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('maps 500 to central-error', async () => {
    const url = await fake((_req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"code":"internal","message":"boom"}}');
    });
    expect(await client(url).c.health()).toMatchObject({ ok: false, error: { code: 'central-error' } });
  });

  it('maps 429 with Retry-After to rate-limited with retryAfterSeconds', async () => {
    const url = await fake((_req, res) => {
      res
        .writeHead(429, { 'retry-after': '17', 'content-type': 'application/json' })
        .end('{"error":{"code":"rate-limited","message":"slow down"}}');
    });
    const result = await client(url).c.login({ docType: 'CC', docNumber: '1010101010', secret: '4719' });
    expect(result).toMatchObject({ ok: false, error: { code: 'rate-limited', details: { retryAfterSeconds: 17 } } });
  });

  it('maps a body that breaks the contract to central-invalid-response', async () => {
    const url = await fake((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"name":"x","contractVersion":"2"}');
    });
    expect(await client(url).c.health()).toMatchObject({ ok: false, error: { code: 'central-invalid-response' } });
    const garbage = await fake((_req, res) => res.writeHead(200).end('<html>'));
    expect(await client(garbage).c.catalog()).toMatchObject({ ok: false, error: { code: 'central-invalid-response' } });
  });
});

describe('central client against the demo central', () => {
  it('signs in, reads, and maps 401/423 by endpoint, never logging the token', async () => {
    const central = await start();
    try {
      const { c, log } = client(central.url);
      expect((await c.health()).ok).toBe(true);
      expect(await client(central.url, { terminalKey: 'wrong' }).c.health()).toMatchObject({
        ok: false,
        error: { code: 'terminal-unauthorized' },
      });
      const bad = await c.login({ docType: 'CC', docNumber: '1010101010', secret: '0001' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-credentials' } });
      expect(await c.login({ docType: 'CC', docNumber: '80555666', secret: '2749' })).toMatchObject({
        ok: false,
        error: { code: 'account-locked' },
      });
      const signed = await c.login({ docType: 'CC', docNumber: '1010101010', secret: '4719' });
      if (!signed.ok) {
        throw new Error(signed.error.message);
      }
      const tok = signed.value.token;
      const accounts = await c.accounts(tok);
      expect(accounts.ok && accounts.value.loans.length).toBe(1);
      const st = await c.statement(tok, { from: '2026-01-01', to: '2026-11-20' });
      expect(st.ok).toBe(true);
      expect((await c.certificate(tok, 2025)).ok).toBe(true);
      expect(await c.changePin(tok, { currentSecret: '4719', newPin: '1234' })).toMatchObject({
        ok: false,
        error: { code: 'pin-rejected', details: { reason: 'common' } },
      });
      expect(
        (
          await c.sync([
            {
              id: '0190a6f8-7c3e-7a00-8000-000000000001',
              type: 'lead',
              stream: 'terminal:TEST-01',
              sequence: 1,
              createdAt: new Date().toISOString(),
              payload: { product: 'cdat', memberId: null, simulation: null, contactConsent: true },
            },
          ])
        ).ok,
      ).toBe(true);
      expect(await c.logout(tok)).toEqual({ ok: true, value: undefined });
      expect(await c.accounts(tok)).toMatchObject({ ok: false, error: { code: 'session-expired' } });
      const staff = await c.staffLogin({ username: 'cajero1', password: 'Cajero-2026!' });
      expect(staff.ok).toBe(true);
      expect(await c.verifyDocument('ZZZZ-ZZZZ')).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(JSON.stringify(log.recent())).not.toContain(tok);
    } finally {
      await stop(central);
    }
  });
});
