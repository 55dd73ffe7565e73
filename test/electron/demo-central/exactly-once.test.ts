import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DemoCentral } from '../../../electron/demo-central/server';
import type { SyncResponse } from '../../../shared/contract/central';
import { api, start, stop, terminalHeaders } from './harness';

/** Two terminals of one cooperative, each with its own credential. */
const e1 = terminalHeaders('KIOSK-E1');
const e2 = terminalHeaders('KIOSK-E2');

function event(type: string, stream: string, sequence: number, payload: Record<string, unknown>) {
  return { id: randomUUID(), type, stream, sequence, createdAt: new Date().toISOString(), payload };
}

const sessionAudit = (action: string, terminalId: string) => ({ action, memberId: 'M-0001', terminalId, teller: null });

async function push(central: DemoCentral, headers: Record<string, string>, events: unknown[]) {
  const res = await api(central, 'POST', '/v1/sync', { body: { events }, headers });
  expect(res.status).toBe(200);
  return (res.body as SyncResponse).results;
}

/** Laura signs in at a terminal; the centre gives that terminal her opaque stream id. */
async function lauraStreamAt(central: DemoCentral, headers: Record<string, string>): Promise<string> {
  const res = await api(central, 'POST', '/v1/auth/login', {
    body: { docType: 'CC', docNumber: '1010101010', secret: '4719' },
    headers,
  });
  expect(res.status).toBe(200);
  return `member:${(res.body as { member: { streamId: string } }).member.streamId}`;
}

function state(central: DemoCentral) {
  return JSON.parse(readFileSync(join(central.dataDir, 'state.json'), 'utf8')) as {
    sessionAudit: { eventId: string; payload: { action: string; terminalId: string } }[];
    processedEvents: Record<string, unknown>;
  };
}

describe('exactly once, across terminals and under concurrency', () => {
  let central: DemoCentral;
  beforeEach(async () => {
    central = await start();
  });
  afterEach(async () => {
    await stop(central);
  });

  it('one member at two terminals: each terminal numbers from 1, and every event is applied once, in order', async () => {
    const atE1 = await lauraStreamAt(central, e1);
    const atE2 = await lauraStreamAt(central, e2);
    // Opaque and different per terminal: neither names the member.
    expect(atE1).not.toBe(atE2);
    expect(`${atE1}${atE2}`).not.toMatch(/M-0001|1010101010/);
    const fromE1 = [1, 2, 3].map((n) =>
      event('session.audit', atE1, n, sessionAudit(n === 1 ? 'sign-in' : 'sign-out', 'KIOSK-E1')),
    );
    const fromE2 = [1, 2, 3].map((n) =>
      event('session.audit', atE2, n, sessionAudit(n === 1 ? 'sign-in' : 'sign-out', 'KIOSK-E2')),
    );
    // Interleaved, with E2's first batch retried (a lost answer).
    expect((await push(central, e1, fromE1.slice(0, 2))).map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect((await push(central, e2, fromE2.slice(0, 2))).map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect((await push(central, e2, fromE2)).map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'accepted']);
    expect((await push(central, e1, fromE1)).map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'accepted']);
    const applied = state(central).sessionAudit.map((a) => a.eventId);
    expect(applied).toEqual([...fromE1.slice(0, 2), ...fromE2, fromE1[2]].map((e) => e?.id));
    // The same stream name from two terminals is two orderings, not one.
    const sharedE1 = event('session.audit', 'kiosk:shared', 1, sessionAudit('sign-in', 'KIOSK-E1'));
    const sharedE2 = event('session.audit', 'kiosk:shared', 1, sessionAudit('sign-in', 'KIOSK-E2'));
    expect((await push(central, e1, [sharedE1]))[0]?.status).toBe('accepted');
    expect((await push(central, e2, [sharedE2]))[0]?.status).toBe('accepted');
    // Order is still enforced within each terminal.
    const stale = event('session.audit', atE1, 2, sessionAudit('sign-out', 'KIOSK-E1'));
    expect(await push(central, e1, [stale])).toEqual([{ id: stale.id, status: 'rejected', reason: 'stale-sequence' }]);
  });

  it("a terminal cannot write into another member's stream, nor use another terminal's stream id", async () => {
    const atE1 = await lauraStreamAt(central, e1);
    const wrongTerminal = event('session.audit', atE1, 1, sessionAudit('sign-in', 'KIOSK-E2'));
    expect(await push(central, e2, [wrongTerminal])).toEqual([
      { id: wrongTerminal.id, status: 'rejected', reason: 'stream-mismatch' },
    ]);
    const wrongMember = event('session.audit', atE1, 1, { ...sessionAudit('sign-in', 'KIOSK-E1'), memberId: 'M-0002' });
    expect(await push(central, e1, [wrongMember])).toEqual([
      { id: wrongMember.id, status: 'rejected', reason: 'stream-mismatch' },
    ]);
  });

  it('N concurrent copies of one statement e-mail (a retry, "Enviar" then "Salir") send one e-mail', async () => {
    const stream = await lauraStreamAt(central, e1);
    const mail = event('statement.email', stream, 1, { memberId: 'M-0001', from: '2026-10-01', to: '2026-10-31' });
    const answers = await Promise.all(Array.from({ length: 5 }, () => push(central, e1, [mail])));
    const statuses = answers.map((r) => r[0]?.status);
    expect(statuses.filter((s) => s === 'accepted')).toHaveLength(1);
    expect(statuses.every((s) => s === 'accepted' || s === 'in-progress' || s === 'duplicate')).toBe(true);
    expect(readdirSync(central.mailDir).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
    // Once applied, every later copy is a duplicate, and still one e-mail.
    expect((await push(central, e1, [mail]))[0]?.status).toBe('duplicate');
    expect(readdirSync(central.mailDir).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
  });

  it('an e-mail already sent under an event id is not sent again when that event is replayed after a crash', async () => {
    const stream = await lauraStreamAt(central, e1);
    const mail = event('statement.email', stream, 1, { memberId: 'M-0001', from: '2026-10-01', to: '2026-10-31' });
    await push(central, e1, [mail]);
    // The crash: the e-mail went out but the centre lost the record of the event (state from before).
    const dataDir = central.dataDir;
    await stop(central, true);
    const file = join(dataDir, 'state.json');
    const s = JSON.parse(readFileSync(file, 'utf8')) as {
      processedEvents: Record<string, unknown>;
      streams: Record<string, number>;
    };
    delete s.processedEvents[mail.id];
    s.streams = {};
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, JSON.stringify(s));
    central = await start({ dataDir });
    expect((await push(central, e1, [mail]))[0]?.status).toBe('accepted');
    expect(readdirSync(central.mailDir).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
  });
});
