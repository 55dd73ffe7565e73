import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/result';
import type { OutboxDb } from '../../../renderer/outbox/db';
import { createOutboxWriter, type OutboxWriter } from '../../../renderer/outbox/outbox';
import { createSyncWorker, type SyncWorker, type SyncWorkerDeps } from '../../../renderer/outbox/sync-worker';
import { uuidv7 } from '../../../shared/domain/uuidv7';
import { acceptingCentre, audit, freshDb, rateLimited, serverError, unreachable, type PushFn } from './support';

// Only the worker's timers and clock are faked: fake-indexeddb keeps its own (setImmediate) scheduling.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.parse('2026-11-20T14:00:00Z') });
});
afterEach(() => {
  worker?.stop();
  vi.useRealTimers();
});

let worker: SyncWorker | undefined;

function setup(
  push: PushFn,
  extra: Partial<SyncWorkerDeps> = {},
): { db: OutboxDb; w: OutboxWriter; worker: SyncWorker } {
  const db = freshDb();
  worker = createSyncWorker({ db, push, probe: () => Promise.resolve(false), random: () => 0.5, ...extra });
  const w = createOutboxWriter({
    db,
    seal: () => Promise.reject(new Error('not used')),
    newId: uuidv7,
    now: () => Date.now(),
  });
  return { db, w, worker };
}

async function fill(w: OutboxWriter, stream: string, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    await w.enqueue('print.audit', stream, { ...audit, i }, { personal: false });
  }
}

/** Moves the fake clock, then waits for whatever the timers started (IndexedDB work runs on real time). */
async function settle(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await worker?.whenIdle();
}

async function states(db: OutboxDb): Promise<Record<string, number>> {
  const rows = await db.events.toArray();
  return rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.state]: (acc[r.state] ?? 0) + 1 }), {});
}

describe('sync worker', () => {
  it('sends batches of at most 100 and delivers everything', async () => {
    const centre = acceptingCentre();
    const { db, w, worker } = setup(centre.push);
    await fill(w, 'terminal:T', 250);
    worker.start();
    await worker.drainNow();
    expect(centre.batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(await states(db)).toEqual({ delivered: 250 });
    const row = await db.events.toCollection().first();
    expect(row?.payload).toBeNull(); // payloads go once delivered
  });

  it('an event the centre is still applying ("in-progress") stays pending and goes again later, then is delivered', async () => {
    let first = true;
    const push: PushFn = (events) => {
      const answer = events.map((e) => ({
        id: e.id,
        status: first ? ('in-progress' as const) : ('duplicate' as const),
      }));
      first = false;
      return Promise.resolve(ok({ results: answer }));
    };
    const { db, w, worker } = setup(push);
    await fill(w, 'terminal:T', 1);
    worker.start();
    await worker.drainNow();
    expect(await states(db)).toEqual({ pending: 1 });
    expect((await db.events.toCollection().first())?.lastErrorCode).toBe('in-progress');
    await settle(60_000);
    expect(await states(db)).toEqual({ delivered: 1 });
  });

  it('keeps each stream in sequence order inside and across batches', async () => {
    const centre = acceptingCentre();
    const { w, worker } = setup(centre.push);
    for (let i = 0; i < 150; i += 1) {
      await w.enqueue('print.audit', i % 2 ? 'member:A' : 'member:B', { i }, { personal: false });
    }
    worker.start();
    await worker.drainNow();
    const sent = centre.batches.flat();
    for (const stream of ['member:A', 'member:B']) {
      const seqs = sent.filter((e) => e.stream === stream).map((e) => e.sequence);
      expect(seqs).toEqual(Array.from({ length: 75 }, (_, i) => i + 1));
    }
  });

  it('a later event never overtakes an earlier one waiting for its retry; other streams go', async () => {
    const centre = acceptingCentre();
    const { db, w, worker } = setup(centre.push);
    await fill(w, 'member:A', 1);
    const a1 = await db.events.toCollection().first();
    await db.events.update(a1?.id ?? '', { attempts: 3, nextAttemptAt: Date.now() + 60_000 });
    await fill(w, 'member:A', 2);
    await fill(w, 'member:B', 1);
    worker.start();
    await worker.drainNow();
    expect(centre.batches.flat().map((e) => `${e.stream}#${e.sequence}`)).toEqual(['member:B#1']);
    await settle(60_000);
    expect(
      centre.batches
        .slice(1)
        .flat()
        .map((e) => `${e.stream}#${e.sequence}`),
    ).toEqual(['member:A#1', 'member:A#2', 'member:A#3']);
  });

  it('a rejected event is dead-lettered with its reason and blocks nothing, not even its own stream', async () => {
    let rejectSeq = 2;
    const push = vi.fn<PushFn>((events) =>
      Promise.resolve(
        ok({
          results: events.map((e) =>
            e.stream === 'member:A' && e.sequence === rejectSeq
              ? { id: e.id, status: 'rejected' as const, reason: 'invalid-payload' }
              : { id: e.id, status: 'accepted' as const },
          ),
        }),
      ),
    );
    const { db, w, worker } = setup(push);
    await fill(w, 'member:A', 3);
    await fill(w, 'member:B', 2);
    worker.start();
    await worker.drainNow();
    expect(await states(db)).toEqual({ delivered: 4, dead: 1 });
    const dead = await db.events.filter((e) => e.state === 'dead').first();
    expect(dead).toMatchObject({
      stream: 'member:A',
      sequence: 2,
      deadReason: 'invalid-payload',
      lastError: 'rejected: invalid-payload',
    });
    rejectSeq = -1;
    await fill(w, 'member:A', 1);
    await worker.drainNow();
    expect(await states(db)).toEqual({ delivered: 5, dead: 1 });
  });

  it('retries a 5xx with growing, jittered delays and does not send in between', async () => {
    const answers = [serverError(), serverError(), serverError()];
    const centre = acceptingCentre();
    const push = vi.fn<PushFn>((events) => {
      const next = answers.shift();
      return next ? Promise.resolve(next) : centre.push(events);
    });
    const { db, w, worker } = setup(push); // random 0.5: 500 ms, 1 s, 2 s
    await fill(w, 'terminal:T', 3);
    worker.start();
    await worker.drainNow();
    expect(push).toHaveBeenCalledTimes(1);
    await settle(499);
    expect(push).toHaveBeenCalledTimes(1);
    await settle(1);
    expect(push).toHaveBeenCalledTimes(2);
    await settle(999);
    expect(push).toHaveBeenCalledTimes(2);
    await settle(1);
    expect(push).toHaveBeenCalledTimes(3);
    await settle(2_000);
    expect(push).toHaveBeenCalledTimes(4);
    expect(await states(db)).toEqual({ delivered: 3 });
    const row = await db.events.toCollection().first();
    expect(row?.attempts).toBe(4);
    expect(worker.state().lastError).toBe('central-error: HTTP 500');
  });

  it('honours Retry-After as a floor on 429', async () => {
    const answers = [rateLimited(30)];
    const centre = acceptingCentre();
    const push = vi.fn<PushFn>((events) => {
      const next = answers.shift();
      return next ? Promise.resolve(next) : centre.push(events);
    });
    const { db, w, worker } = setup(push, { random: () => 0 });
    await fill(w, 'terminal:T', 1);
    worker.start();
    await worker.drainNow();
    await fill(w, 'member:OTHER', 1); // a new event does not jump the centre's request either
    await settle(29_999);
    expect(push).toHaveBeenCalledTimes(1);
    await settle(1);
    expect(push).toHaveBeenCalledTimes(2);
    expect(await states(db)).toEqual({ delivered: 2 });
  });

  it('pauses while the centre is unreachable, probes, and resumes at once when it answers', async () => {
    let up = false;
    const centre = acceptingCentre();
    const push = vi.fn<PushFn>((events) => (up ? centre.push(events) : Promise.resolve(unreachable())));
    const probe = vi.fn(() => Promise.resolve(up));
    const { db, w, worker } = setup(push, { probe, probeIntervalMs: 2_000, random: () => 0.999 });
    await fill(w, 'terminal:T', 5);
    worker.start();
    await worker.drainNow();
    expect(worker.state().paused).toBe(true);
    // Enqueues while paused do not hammer the centre: only the probe runs.
    await fill(w, 'terminal:T', 5);
    worker.kick();
    await settle(9_000);
    expect(push).toHaveBeenCalledTimes(1);
    expect(probe.mock.calls.length).toBeGreaterThanOrEqual(4);
    // Several failed rounds would mean a long backoff; the centre's return releases them at once.
    await db.events
      .toCollection()
      .modify({ attempts: 9, nextAttemptAt: Date.now() + 250_000, lastErrorCode: 'central-unreachable' });
    up = true;
    await settle(2_000);
    expect(worker.state().paused).toBe(false);
    expect(await states(db)).toEqual({ delivered: 10 });
  });

  it('an `online` event probes at once instead of waiting for the timer', async () => {
    let up = false;
    const centre = acceptingCentre();
    const push = vi.fn<PushFn>((events) => (up ? centre.push(events) : Promise.resolve(unreachable())));
    const { db, w, worker } = setup(push, { probe: () => Promise.resolve(up), probeIntervalMs: 60_000 });
    await fill(w, 'terminal:T', 2);
    worker.start();
    await worker.drainNow();
    up = true;
    worker.networkBack();
    await settle(10);
    expect(await states(db)).toEqual({ delivered: 2 });
  });

  it('a request timeout is retried with backoff, not treated as the centre being away', async () => {
    const answers = [
      {
        ok: false as const,
        error: {
          code: 'central-unreachable' as const,
          message: 'request-timeout',
          details: { cause: 'request-timeout' },
        },
      },
    ];
    const centre = acceptingCentre();
    const push = vi.fn<PushFn>((events) => {
      const next = answers.shift();
      return next ? Promise.resolve(next) : centre.push(events);
    });
    const { db, w, worker } = setup(push);
    await fill(w, 'terminal:T', 1);
    worker.start();
    await worker.drainNow();
    expect(worker.state().paused).toBe(false);
    await settle(500);
    expect(await states(db)).toEqual({ delivered: 1 });
  });

  it('an event the centre did not answer for stays pending and goes again', async () => {
    let first = true;
    const push = vi.fn<PushFn>((events) => {
      const answered = first ? events.slice(1) : events;
      first = false;
      return Promise.resolve(ok({ results: answered.map((e) => ({ id: e.id, status: 'duplicate' as const })) }));
    });
    const { db, w, worker } = setup(push);
    await fill(w, 'terminal:T', 2);
    worker.start();
    await worker.drainNow();
    expect(await states(db)).toEqual({ delivered: 1, pending: 1 });
    await settle(1_000);
    expect(await states(db)).toEqual({ delivered: 2 });
  });
});
