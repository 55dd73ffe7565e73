import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import { currentSchemaVersion } from '../../../renderer/outbox/db';
import { createOutboxWriter } from '../../../renderer/outbox/outbox';
import { uuidv7 } from '../../../shared/domain/uuidv7';
import { audit, freshDb } from './support';

function writer(
  seal = vi.fn((p: Record<string, unknown>) => Promise.resolve(ok({ sealed: `sealed(${Object.keys(p).join(',')})` }))),
) {
  const db = freshDb();
  const onEnqueued = vi.fn();
  const w = createOutboxWriter({
    db,
    seal,
    newId: uuidv7,
    now: () => Date.parse('2026-11-20T14:00:00Z'),
    onEnqueued,
  });
  return { db, w, seal, onEnqueued };
}

describe('outbox writer', () => {
  it("writes a pending event with the stream's next sequence", async () => {
    const { db, w, onEnqueued } = writer();
    const first = await w.enqueue('print.audit', 'terminal:T1', audit, { personal: false });
    const second = await w.enqueue('print.audit', 'terminal:T1', audit, { personal: false });
    expect(first.ok && first.value.sequence).toBe(1);
    expect(second.ok && second.value.sequence).toBe(2);
    const row = await db.events.get(first.ok ? first.value.id : '');
    expect(row).toMatchObject({
      type: 'print.audit',
      stream: 'terminal:T1',
      state: 'pending',
      attempts: 0,
      payload: audit,
      sealed: null,
      createdAt: '2026-11-20T14:00:00.000Z',
    });
    expect(onEnqueued).toHaveBeenCalledTimes(2);
    expect(db.verno).toBe(currentSchemaVersion);
  });

  it('personal payloads are sealed before they are written; the clear payload is never stored', async () => {
    const { db, w, seal } = writer();
    const result = await w.enqueue(
      'data-update.request',
      'member:M-0009',
      { memberId: 'M-0009', changes: { personal: { email: 'b@example.com' } } },
      { personal: true },
    );
    expect(seal).toHaveBeenCalledTimes(1);
    const row = await db.events.get(result.ok ? result.value.id : '');
    expect(row?.payload).toBeNull();
    expect(row?.sealed).toBe('sealed(memberId,changes)');
    expect(JSON.stringify(row)).not.toContain('example.com');
  });

  it('when sealing fails nothing is written and no sequence is used', async () => {
    const { db, w } = writer(vi.fn(() => Promise.resolve(fail('internal', 'vault key unavailable'))));
    const result = await w.enqueue('lead', 'member:M-1', { a: 1 }, { personal: true });
    expect(result.ok).toBe(false);
    expect(await db.events.count()).toBe(0);
    expect(await db.streams.get('member:M-1')).toBeUndefined();
  });

  it('allocates sequences atomically: 300 concurrent enqueues on 3 streams get 1..100 each, ids in sequence order', async () => {
    const { db, w } = writer();
    const streams = ['member:A', 'member:B', 'terminal:T'];
    await Promise.all(
      Array.from({ length: 300 }, (_, i) => w.enqueue('print.audit', streams[i % 3] ?? '', { i }, { personal: false })),
    );
    for (const stream of streams) {
      const rows = await db.events
        .where('[state+stream+sequence]')
        .between(['pending', stream, 0], ['pending', stream, Infinity])
        .toArray();
      expect(rows.map((r) => r.sequence)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort());
      expect((await db.streams.get(stream))?.last).toBe(100);
    }
  });
});
