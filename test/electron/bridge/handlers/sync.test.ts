import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminalKeyFor, type DemoCentral } from '../../../../electron/demo-central/server';
import { createCentralClient, type CentralClient } from '../../../../electron/services/central-client';
import { createCatalogHandlers } from '../../../../electron/bridge/handlers/catalog';
import { createSyncHandlers } from '../../../../electron/bridge/handlers/sync';
import { createVaultHandlers } from '../../../../electron/bridge/handlers/vault';
import { createLogger } from '../../../../electron/services/logger';
import { createVault } from '../../../../electron/services/vault/vault';
import type { CallContext, OutboxEventWire } from '../../../../shared/contract/kiosk-api';
import { uuidv7 } from '../../../../shared/domain/uuidv7';
import { memberStream, start, stop } from '../../demo-central/harness';

// The real demo central and client: the handlers open sealed payloads and the centre applies them.
let central: DemoCentral;
let client: CentralClient;
const log = createLogger();
const vault = createVault({ name: 'test', getKey: () => Promise.resolve(randomBytes(32)) }, log);
const ctx: CallContext = { via: 'http' };
const newId = uuidv7;

beforeAll(async () => {
  central = await start({ terminalKey: 'k' });
  client = createCentralClient({
    baseUrl: central.url,
    terminalId: 'TEST-01',
    terminalKey: terminalKeyFor('k', 'TEST-01'),
    connectTimeoutMs: 2000,
    requestTimeoutMs: 5000,
    log,
  });
});
afterAll(async () => {
  client.close();
  await stop(central);
});

function handlers(c: CentralClient = client) {
  return createSyncHandlers({
    central: c,
    vault,
    terminalId: 'TEST-01',
    appVersion: '9.9.9',
    printerStates: () => ({ receipt: 'ready', laser: 'offline' }),
    log,
  });
}

const audit = {
  documentKind: 'statement',
  period: '2026-10',
  printer: 'receipt',
  result: 'printed',
  errorCode: null,
  memberId: 'M-0001',
  terminalId: 'TEST-01',
  teller: null,
  verificationCode: null,
};

function plain(stream: string, sequence: number, payload: Record<string, unknown> = audit): OutboxEventWire {
  return { id: newId(), type: 'print.audit', stream, sequence, createdAt: new Date().toISOString(), payload };
}

describe('sync handlers', () => {
  it('opens sealed payloads in main and the centre applies them once', async () => {
    const seal = await createVaultHandlers(vault).seal(
      { payload: { memberId: 'M-0001', changes: { personal: { email: 'begona.munoz@example.com' } } } },
      ctx,
    );
    expect(seal.ok).toBe(true);
    const sealedEvent: OutboxEventWire = {
      id: newId(),
      type: 'data-update.request',
      stream: memberStream(central, 'M-0001'),
      sequence: 1,
      createdAt: new Date().toISOString(),
      sealed: seal.ok ? seal.value.sealed : '',
    };
    const first = await handlers().push({ events: [sealedEvent] }, ctx);
    expect(first).toEqual({ ok: true, value: { results: [{ id: sealedEvent.id, status: 'accepted' }] } });
    const again = await handlers().push({ events: [sealedEvent] }, ctx);
    expect(again).toEqual({ ok: true, value: { results: [{ id: sealedEvent.id, status: 'duplicate' }] } });
    const state = JSON.parse(readFileSync(join(central.dataDir, 'state.json'), 'utf8')) as {
      dataUpdates: { eventId: string; changes: unknown }[];
    };
    expect(state.dataUpdates.filter((u) => u.eventId === sealedEvent.id)).toHaveLength(1);
    expect(state.dataUpdates.find((u) => u.eventId === sealedEvent.id)?.changes).toEqual({
      personal: { email: 'begona.munoz@example.com' },
    });
  });

  it('an envelope that does not open is rejected alone; the rest of the batch goes', async () => {
    const good = plain('terminal:T-UNSEAL', 1);
    const bad: OutboxEventWire = {
      id: newId(),
      type: 'lead',
      stream: 'terminal:T-UNSEAL-2',
      sequence: 1,
      createdAt: new Date().toISOString(),
      sealed: `ckv1.${'A'.repeat(16)}.AAAA.${'B'.repeat(22)}`,
    };
    const result = await handlers().push({ events: [bad, good] }, ctx);
    expect(result.ok && result.value.results).toEqual([
      { id: bad.id, status: 'rejected', reason: 'unsealable' },
      { id: good.id, status: 'accepted' },
    ]);
  });

  it('passes the centre per-event answers through (rejected with reason)', async () => {
    const e1 = plain('terminal:T-REJ', 1);
    const poison = plain('terminal:T-REJ', 2, { nonsense: true });
    const e3 = plain('terminal:T-REJ', 3);
    const result = await handlers().push({ events: [e1, poison, e3] }, ctx);
    expect(result.ok && result.value.results.map((r) => [r.status, r.reason])).toEqual([
      ['accepted', undefined],
      ['rejected', 'invalid-payload'],
      ['accepted', undefined],
    ]);
  });

  it('answers central-unreachable when the centre is not there', async () => {
    const dead = createCentralClient({
      baseUrl: 'http://127.0.0.1:9',
      terminalId: 'TEST-01',
      terminalKey: terminalKeyFor('k', 'TEST-01'),
      connectTimeoutMs: 500,
      requestTimeoutMs: 500,
      log,
    });
    const result = await handlers(dead).push({ events: [plain('terminal:T-DOWN', 1)] }, ctx);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'central-unreachable', details: { cause: 'network' } });
    dead.close();
  });

  it('heartbeat adds terminal id, version and printers; the centre keeps it', async () => {
    const result = await handlers().heartbeat(
      { outboxDepth: 4, oldestPendingAgeSeconds: 30, deadLetters: 1, lastError: 'central-error: HTTP 500' },
      ctx,
    );
    expect(result).toEqual({ ok: true, value: null });
    const state = JSON.parse(readFileSync(join(central.dataDir, 'state.json'), 'utf8')) as {
      terminals: Record<string, unknown>;
    };
    expect(state.terminals['TEST-01']).toMatchObject({
      appVersion: '9.9.9',
      outboxDepth: 4,
      deadLetters: 1,
      printers: { receipt: 'ready', laser: 'offline' },
    });
  });

  it('catalog.get answers the live catalog', async () => {
    const result = await createCatalogHandlers(client).get(undefined, ctx);
    expect(result.ok && result.value.creditLines.length).toBeGreaterThan(0);
  });
});
