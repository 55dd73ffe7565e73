import { vi } from 'vitest';
import type { OutboxEventWire, PushResult } from '../../../shared/contract/kiosk-api';
import { fail, ok, type Result } from '../../../shared/result';
import { OutboxDb } from '../../../renderer/outbox/db';

/** Test files import 'fake-indexeddb/auto' first; each test gets its own database. */
let counter = 0;
export function freshDb(): OutboxDb {
  counter += 1;
  return new OutboxDb(`outbox-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export type PushAnswer = Result<{ results: PushResult[] }>;
export type PushFn = (events: OutboxEventWire[]) => Promise<PushAnswer>;

/** A centre that accepts everything, recording each batch (ids in order). */
export function acceptingCentre(): { push: ReturnType<typeof vi.fn<PushFn>>; batches: OutboxEventWire[][] } {
  const batches: OutboxEventWire[][] = [];
  const push = vi.fn<PushFn>((events) => {
    batches.push(events);
    return Promise.resolve(ok({ results: events.map((e) => ({ id: e.id, status: 'accepted' as const })) }));
  });
  return { push, batches };
}

export const unreachable = (): PushAnswer => fail('central-unreachable', 'network: ECONNREFUSED', { cause: 'network' });
export const serverError = (): PushAnswer => fail('central-error', 'HTTP 500', { status: 500 });
export const rateLimited = (seconds: number): PushAnswer =>
  fail('rate-limited', 'slow down', { status: 429, retryAfterSeconds: seconds });

export const audit = { documentKind: 'statement', result: 'printed' };
