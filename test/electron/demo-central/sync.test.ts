import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SyncResponse } from '../../../shared/contract/central';
import { api, login, memberStream, staffToken, start, stop, tempDir } from './harness';
import type { DemoCentral } from '../../../electron/demo-central/server';

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

function event(type: string, stream: string, sequence: number, payload: Record<string, unknown>, id = randomUUID()) {
  return { id, type, stream, sequence, createdAt: new Date().toISOString(), payload };
}

async function push(central: DemoCentral, events: unknown[]): Promise<SyncResponse['results']> {
  const res = await api(central, 'POST', '/v1/sync', { body: { events } });
  expect(res.status).toBe(200);
  return (res.body as SyncResponse).results;
}

describe('demo central sync', () => {
  it('is idempotent, refuses stale sequences and unknown types without blocking the others', async () => {
    const central = await start();
    try {
      const first = event('print.audit', 'terminal:TEST-01', 1, audit);
      expect(await push(central, [first])).toEqual([{ id: first.id, status: 'accepted' }]);
      const unknown = event('coffee.order', 'terminal:TEST-01', 2, {});
      const bad = event('print.audit', 'terminal:TEST-01', 3, { documentKind: 'nope' });
      const stale = event('print.audit', 'terminal:TEST-01', 1, audit);
      const laura = memberStream(central, 'M-0001');
      const update = event('data-update.request', laura, 1, {
        memberId: 'M-0001',
        changes: { personal: { phone: '3000000000' } },
      });
      const mail = event('statement.email', laura, 2, {
        memberId: 'M-0001',
        from: '2026-10-01',
        to: '2026-10-31',
      });
      const results = await push(central, [first, unknown, bad, stale, update, mail]);
      expect(results.map((r) => [r.status, r.reason])).toEqual([
        ['duplicate', undefined],
        ['rejected', 'unknown-type'],
        ['rejected', 'invalid-payload'],
        ['rejected', 'stale-sequence'],
        ['accepted', undefined],
        ['accepted', undefined],
      ]);
      const staff = await staffToken(central);
      expect((await api(central, 'GET', '/v1/staff/audit', { token: staff })).body).toHaveLength(1);
      expect((await api(central, 'GET', '/v1/staff/data-updates', { token: staff })).body).toMatchObject([
        { status: 'pending', memberId: 'M-0001' },
      ]);
      expect(readdirSync(central.mailDir)).toHaveLength(1);
    } finally {
      await stop(central);
    }
  });

  it('refuses batches over 100 events', async () => {
    const central = await start();
    try {
      const events = Array.from({ length: 101 }, (_, i) => event('print.audit', 'terminal:TEST-01', i + 1, audit));
      expect((await api(central, 'POST', '/v1/sync', { body: { events } })).status).toBe(400);
    } finally {
      await stop(central);
    }
  });

  it('keeps locks, processed ids and stream sequences across a restart', async () => {
    const dataDir = tempDir();
    const first = await start({ dataDir });
    const e = event('session.audit', 'terminal:TEST-01', 5, {
      action: 'sign-in',
      memberId: 'M-0001',
      terminalId: 'TEST-01',
      teller: null,
    });
    expect((await push(first, [e]))[0]?.status).toBe('accepted');
    for (let i = 0; i < 5; i += 1) {
      await login(first, '1010101010', '0001');
    }
    await stop(first, true);
    const second = await start({ dataDir });
    try {
      expect((await push(second, [e]))[0]?.status).toBe('duplicate');
      expect((await push(second, [event('session.audit', 'terminal:TEST-01', 4, e.payload)]))[0]?.reason).toBe(
        'stale-sequence',
      );
      expect((await login(second, '1010101010', '4719')).status).toBe(423);
    } finally {
      await stop(second);
    }
  });

  it('records heartbeats for staff', async () => {
    const central = await start();
    try {
      const beat = {
        terminalId: 'TEST-01',
        appVersion: '0.1.0',
        outboxDepth: 3,
        oldestPendingAgeSeconds: 12,
        deadLetters: 0,
        printers: { receipt: 'ready' },
        lastError: null,
      };
      expect((await api(central, 'POST', '/v1/terminals/heartbeat', { body: beat })).status).toBe(204);
      const staff = await staffToken(central);
      expect((await api(central, 'GET', '/v1/staff/terminals', { token: staff })).body).toMatchObject([
        { terminalId: 'TEST-01', outboxDepth: 3 },
      ]);
    } finally {
      await stop(central);
    }
  });
});

describe('demo central leads', () => {
  it('lists a lead for staff once, with its terminal, however often the kiosk retries it', async () => {
    const central = await start();
    try {
      const laura = memberStream(central, 'M-0001');
      const lead = event('lead', laura, 1, {
        product: 'loan',
        memberId: 'M-0001',
        simulation: { lineCode: 'LIBRE', amount: 12_000_000, termMonths: 36, installment: 460_000 },
        contactConsent: true,
      });
      const results = await Promise.all([push(central, [lead]), push(central, [lead])]);
      // One copy is applied; the concurrent one is told it is being applied or already was, never applied again.
      const statuses = results.flat().map((r) => r.status);
      expect(statuses.filter((s) => s === 'accepted')).toHaveLength(1);
      expect(statuses.filter((s) => s !== 'accepted').every((s) => s === 'in-progress' || s === 'duplicate')).toBe(
        true,
      );
      expect(await push(central, [lead])).toEqual([{ id: lead.id, status: 'duplicate' }]);
      const staff = await staffToken(central);
      const listed = await api(central, 'GET', '/v1/staff/leads', { token: staff });
      expect(listed.status).toBe(200);
      expect(listed.body).toMatchObject([
        {
          eventId: lead.id,
          terminalId: 'TEST-01',
          payload: { product: 'loan', memberId: 'M-0001', contactConsent: true },
        },
      ]);
      expect((await api(central, 'GET', '/v1/staff/leads')).status).toBe(401);
    } finally {
      await stop(central);
    }
  });
});
