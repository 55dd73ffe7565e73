import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/result';
import { startHeartbeat } from '../../../renderer/outbox/heartbeat';
import { createOutboxService } from '../../../renderer/outbox/service';
import { pruneDelivered } from '../../../renderer/outbox/status';
import { acceptingCentre, freshDb } from './support';

afterEach(() => vi.useRealTimers());

function service(push = acceptingCentre().push) {
  const db = freshDb();
  const seal = vi.fn(() => Promise.resolve(ok({ sealed: `ckv1.${'A'.repeat(16)}.Zm9v.${'B'.repeat(22)}` })));
  return { db, outbox: createOutboxService(db, { seal, push, probe: () => Promise.resolve(true) }) };
}

describe('outbox status and maintenance actions', () => {
  it('reports depth, the age of the oldest pending event and dead letters', async () => {
    const { outbox } = service();
    expect(await outbox.status()).toEqual({
      depth: 0,
      oldestPendingAgeSeconds: null,
      deadLetters: 0,
      paused: false,
      lastError: null,
    });
    await outbox.enqueue('lead', 'terminal:T', { a: 1 }, { personal: false });
    await outbox.enqueue('lead', 'terminal:T', { a: 2 }, { personal: false });
    const s = await outbox.status();
    expect(s.depth).toBe(2);
    expect(s.oldestPendingAgeSeconds).toBeGreaterThanOrEqual(0);
  });

  it('lists, exports (still sealed) and retries dead letters', async () => {
    let reject = true;
    const push = vi.fn((events: { id: string }[]) =>
      Promise.resolve(
        ok({
          results: events.map((e) =>
            reject
              ? { id: e.id, status: 'rejected' as const, reason: 'unknown-member' }
              : { id: e.id, status: 'accepted' as const },
          ),
        }),
      ),
    );
    const { outbox } = service(push);
    const done = await outbox.enqueue(
      'data-update.request',
      'member:M-9',
      { fullName: 'Begoña Muñoz Peñaloza' },
      { personal: true },
    );
    outbox.worker.start();
    await outbox.worker.drainNow();
    const dead = await outbox.deadLetters();
    expect(dead).toEqual([
      expect.objectContaining({ id: done.ok ? done.value.id : '', deadReason: 'unknown-member', sequence: 1 }),
    ]);
    expect(dead[0]).not.toHaveProperty('sealed');
    const exported = JSON.parse(await outbox.exportDeadLetters()) as { count: number; events: { sealed: string }[] };
    expect(exported.count).toBe(1);
    expect(exported.events[0]?.sealed).toMatch(/^ckv1\./);
    expect(JSON.stringify(exported)).not.toContain('Begoña');
    reject = false;
    expect(await outbox.retryDead(done.ok ? done.value.id : '')).toBe(true);
    await outbox.worker.whenIdle();
    await outbox.worker.drainNow();
    expect((await outbox.status()).deadLetters).toBe(0);
    expect(await outbox.retryDead('no-such-id')).toBe(false);
    outbox.worker.stop();
  });

  it('prunes delivered events after the retention time, never pending or dead ones', async () => {
    const { db, outbox } = service();
    await outbox.enqueue('lead', 'terminal:T', {}, { personal: false });
    outbox.worker.start();
    await outbox.worker.drainNow();
    outbox.worker.stop();
    await outbox.enqueue('lead', 'terminal:U', {}, { personal: false });
    expect(await pruneDelivered(db, Date.now() + 1_000, 60_000)).toBe(0);
    expect(await pruneDelivered(db, Date.now() + 120_000, 60_000)).toBe(1);
    expect(await db.events.count()).toBe(1);
  });
});

describe('heartbeat', () => {
  it('beats at once and then every 60 s; a failed beat is dropped, not queued', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const send = vi.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValue(ok(null));
    const read = vi.fn(() =>
      Promise.resolve({ outboxDepth: 1, oldestPendingAgeSeconds: 5, deadLetters: 0, lastError: null }),
    );
    const stop = startHeartbeat(read, send);
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(2);
    stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
