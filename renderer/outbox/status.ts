import type { OutboxDb } from './db';
import type { OutboxEvent, OutboxEventState } from './types';

/** What staff and the heartbeat see of the outbox. */
export interface OutboxCounts {
  /** Events waiting to be delivered. */
  readonly depth: number;
  readonly oldestPendingAgeSeconds: number | null;
  readonly deadLetters: number;
}

/** A dead letter as the maintenance screen lists it: no payload, sealed or not. */
export type DeadLetter = Pick<
  OutboxEvent,
  'id' | 'type' | 'stream' | 'sequence' | 'createdAt' | 'attempts' | 'deadReason'
>;

function byState(db: OutboxDb, state: OutboxEventState) {
  return db.events.where('[state+createdAtMs]').between([state, -Infinity], [state, Infinity]);
}

export async function readCounts(db: OutboxDb, now: number): Promise<OutboxCounts> {
  return db.transaction('r', db.events, async () => {
    const [depth, oldest, deadLetters] = await Promise.all([
      byState(db, 'pending').count(),
      byState(db, 'pending').first(),
      byState(db, 'dead').count(),
    ]);
    return {
      depth,
      oldestPendingAgeSeconds: oldest ? Math.max(0, Math.floor((now - oldest.createdAtMs) / 1000)) : null,
      deadLetters,
    };
  });
}

export async function listDeadLetters(db: OutboxDb, limit = 500): Promise<DeadLetter[]> {
  const rows = await byState(db, 'dead').limit(limit).toArray();
  return rows.map(({ id, type, stream, sequence, createdAt, attempts, deadReason }) => ({
    id,
    type,
    stream,
    sequence,
    createdAt,
    attempts,
    deadReason,
  }));
}

/**
 * Puts a dead letter back in the queue with the same id and sequence (the
 * centre still de-duplicates it). Useful after the centre was fixed; a stale
 * sequence will be refused again, by design. False when no such dead letter.
 */
export async function retryDead(db: OutboxDb, id: string, now: number): Promise<boolean> {
  const changed = await db.events
    .where('id')
    .equals(id)
    .and((e) => e.state === 'dead')
    .modify({
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      deadReason: null,
      lastError: null,
      lastErrorCode: null,
    });
  return changed === 1;
}

/** Dead letters as JSON for IT: sealed payloads stay sealed (only main can open them). */
export async function exportDeadLetters(db: OutboxDb, exportedAt: Date): Promise<string> {
  const rows = await byState(db, 'dead').toArray();
  return JSON.stringify({ exportedAt: exportedAt.toISOString(), count: rows.length, events: rows }, null, 2);
}

/** Delivered events are only kept for a while (as metadata: their payloads are already gone). */
export async function pruneDelivered(db: OutboxDb, now: number, keepMs: number): Promise<number> {
  return db.events
    .where('[state+deliveredAt]')
    .between(['delivered', -Infinity], ['delivered', now - keepMs])
    .delete();
}
