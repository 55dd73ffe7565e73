import { describe, expect, it } from 'vitest';
import { methodSpec } from '../../../shared/contract/kiosk-api';
import { uuidv7 } from '../../../shared/domain/uuidv7';

const id = uuidv7;
const sealed = `ckv1.${'A'.repeat(16)}.abc_-9.${'B'.repeat(22)}`;

function event(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: id(),
    type: 'print.audit',
    stream: 'terminal:DEMO-KIOSK-01',
    sequence: 1,
    createdAt: '2026-11-20T14:03:00.000Z',
    payload: { a: 1 },
    ...overrides,
  };
}

function accepts(name: string, input: unknown): boolean {
  return methodSpec(name)?.input.safeParse(input).success ?? false;
}

describe('sync.push input', () => {
  it('accepts plain and sealed events, up to 100', () => {
    expect(accepts('sync.push', { events: [event()] })).toBe(true);
    expect(accepts('sync.push', { events: [{ ...event(), payload: undefined, sealed }] })).toBe(false);
    const sealedEvent: Record<string, unknown> = { ...event(), sealed };
    delete sealedEvent.payload;
    expect(accepts('sync.push', { events: [sealedEvent] })).toBe(true);
    expect(accepts('sync.push', { events: [event({ id: '01JD5Q8Z3X4Y5Z6A7B8C9D0E1F' })] })).toBe(true);
    expect(accepts('sync.push', { events: Array.from({ length: 100 }, () => event()) })).toBe(true);
  });

  it.each([
    ['no events', { events: [] }],
    ['101 events', { events: Array.from({ length: 101 }, () => event()) }],
    ['a v4 UUID', { events: [event({ id: '3b241101-e2bb-4255-8caf-4136c566a962' })] }],
    ['a made-up id', { events: [event({ id: 'evt-1' })] }],
    ['an unknown type', { events: [event({ type: 'money.transfer' })] }],
    ['sequence 0', { events: [event({ sequence: 0 })] }],
    ['a fractional sequence', { events: [event({ sequence: 1.5 })] }],
    ['a stream without kind', { events: [event({ stream: 'DEMO-KIOSK-01' })] }],
    ['a date without offset', { events: [event({ createdAt: '2026-11-20 14:03' })] }],
    ['an array payload', { events: [event({ payload: [1, 2] })] }],
    ['both payload and sealed', { events: [event({ sealed })] }],
    ['a malformed envelope', { events: [{ ...event(), payload: undefined, sealed: 'ckv1.short.x.y' }] }],
    [
      'an envelope of another version',
      { events: [{ ...event(), payload: undefined, sealed: sealed.replace('ckv1', 'ckv9') }] },
    ],
    ['an unknown field', { events: [event({ attempts: 3 })] }],
    ['an unknown top-level field', { events: [event()], force: true }],
  ])('refuses %s', (_name, input) => {
    expect(accepts('sync.push', input)).toBe(false);
  });
});

describe('vault.seal, sync.heartbeat and catalog.get inputs', () => {
  it('vault.seal takes one JSON object and nothing else', () => {
    expect(accepts('vault.seal', { payload: { memberId: 'M-0001' } })).toBe(true);
    expect(accepts('vault.seal', { payload: 'Begoña' })).toBe(false);
    expect(accepts('vault.seal', { payload: {}, purpose: 'x' })).toBe(false);
    expect(accepts('vault.seal', { payload: { blob: 'x'.repeat(1_000_000) } })).toBe(false);
  });

  it('sync.heartbeat takes counts and a short error', () => {
    const beat = { outboxDepth: 3, oldestPendingAgeSeconds: 12, deadLetters: 0, lastError: null };
    expect(accepts('sync.heartbeat', beat)).toBe(true);
    expect(accepts('sync.heartbeat', { ...beat, outboxDepth: -1 })).toBe(false);
    expect(accepts('sync.heartbeat', { ...beat, lastError: 'x'.repeat(501) })).toBe(false);
    expect(accepts('sync.heartbeat', { ...beat, terminalId: 'OTHER' })).toBe(false);
  });

  it('catalog.get takes no input', () => {
    expect(accepts('catalog.get', undefined)).toBe(true);
    expect(accepts('catalog.get', { all: true })).toBe(false);
  });
});
