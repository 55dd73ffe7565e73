import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DemoCentral } from '../../../electron/demo-central/server';
import { api, login, start, stop, terminalHeaders } from './harness';

/** A lead whose free-form simulation is whatever the test writes, as raw JSON text. */
function leadBody(simulationJson: string, id = randomUUID()): string {
  return (
    `{"events":[{"id":"${id}","type":"lead","stream":"terminal:TEST-01","sequence":1,` +
    `"createdAt":"${new Date().toISOString()}",` +
    `"payload":{"product":"cdat","memberId":null,"contactConsent":true,"simulation":${simulationJson}}}]}`
  );
}

async function rawPost(central: DemoCentral, path: string, body: string, headers = terminalHeaders('TEST-01')) {
  const res = await fetch(`${central.url}${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('a centre that bad input cannot break', () => {
  let central: DemoCentral;
  beforeEach(async () => {
    central = await start();
  });
  afterEach(async () => {
    await stop(central);
  });

  it('a payload nested 20,000 levels deep is refused alone, and sign-in and sync keep working', async () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const res = await rawPost(central, '/v1/sync', leadBody(deep));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ results: [{ status: 'rejected', reason: 'invalid-payload' }] });
    // The state file was written and reads back; nothing of the payload is in it.
    const state = readFileSync(join(central.dataDir, 'state.json'), 'utf8');
    expect(JSON.parse(state)).toMatchObject({ leads: [] });
    expect((await login(central, '1010101010', '4719')).status).toBe(200);
    const fine = await rawPost(central, '/v1/sync', leadBody('{"amount":5000000,"termDays":180}'));
    expect(fine.body).toMatchObject({ results: [{ status: 'accepted' }] });
  });

  it('__proto__, constructor and odd key names are refused, not silently dropped', async () => {
    for (const simulation of [
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":1}}',
      '{"a b":1}',
      '{"ñ":1}',
    ]) {
      const res = await rawPost(central, '/v1/sync', leadBody(simulation));
      expect(res.body, simulation).toMatchObject({ results: [{ status: 'rejected', reason: 'invalid-payload' }] });
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const top = await rawPost(
      central,
      '/v1/sync',
      `{"events":[{"id":"${randomUUID()}","type":"session.audit","stream":"terminal:TEST-01","sequence":1,` +
        `"createdAt":"${new Date().toISOString()}","payload":{"__proto__":{},"action":"sign-in","memberId":null,"terminalId":"TEST-01","teller":null}}]}`,
    );
    expect(top.body).toMatchObject({ results: [{ status: 'rejected', reason: 'invalid-payload' }] });
  });

  it('a huge string, a non-JSON body and a stream named __proto__ get clear 4xx answers', async () => {
    const huge = await rawPost(central, '/v1/sync', leadBody(`{"note":"${'x'.repeat(3_000)}"}`));
    expect(huge.body).toMatchObject({ results: [{ status: 'rejected', reason: 'invalid-payload' }] });
    expect((await rawPost(central, '/v1/sync', '{"events":[')).status).toBe(400);
    const proto = await rawPost(central, '/v1/sync', leadBody('null').replace('"terminal:TEST-01"', '"__proto__"'));
    expect(proto.status).toBe(400);
    expect(proto.body).toMatchObject({ error: { code: 'invalid-input' } });
  });

  it('a terminal whose id is "__proto__" is a terminal like any other: its order holds, its heartbeat is kept', async () => {
    const headers = terminalHeaders('__proto__');
    const audit = (sequence: number, id = randomUUID()) => ({
      events: [
        {
          id,
          type: 'session.audit',
          stream: 'terminal:__proto__',
          sequence,
          createdAt: new Date().toISOString(),
          payload: { action: 'sign-in', memberId: null, terminalId: '__proto__', teller: null },
        },
      ],
    });
    expect((await api(central, 'POST', '/v1/sync', { body: audit(2), headers })).body).toMatchObject({
      results: [{ status: 'accepted' }],
    });
    expect((await api(central, 'POST', '/v1/sync', { body: audit(1), headers })).body).toMatchObject({
      results: [{ status: 'rejected', reason: 'stale-sequence' }],
    });
    const beat = {
      terminalId: '__proto__',
      appVersion: '0.1.0',
      outboxDepth: 0,
      oldestPendingAgeSeconds: null,
      deadLetters: 0,
      printers: {},
      lastError: null,
    };
    expect((await api(central, 'POST', '/v1/terminals/heartbeat', { body: beat, headers })).status).toBe(204);
    const state = JSON.parse(readFileSync(join(central.dataDir, 'state.json'), 'utf8')) as {
      terminals: Record<string, unknown>;
    };
    expect(Object.keys(state.terminals)).toEqual(['__proto__']);
  });

  it('a broken %-escape in a path parameter is a 400, not a 500', async () => {
    const res = await fetch(`${central.url}/v1/verify/%E0%A4%A`, { headers: terminalHeaders('TEST-01') });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid-input' } });
  });
});
