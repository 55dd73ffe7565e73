import type { OutboxDb } from './db';
import type { OutboxEvent } from './types';

export interface Selection {
  /** Due events, each stream's in sequence order. */
  readonly batch: OutboxEvent[];
  /** When the earliest waiting stream head becomes due (only known when the batch is empty), or null. */
  readonly nextDueAt: number | null;
}

/**
 * Picks the next batch. Pending events are walked stream by stream in
 * sequence order; a stream whose first pending event is not yet due is
 * skipped entirely, so a later event never overtakes an earlier one of the
 * same stream. Dead events are not pending, so a rejected event does not
 * hold its stream back.
 */
export async function selectBatch(db: OutboxDb, now: number, limit: number): Promise<Selection> {
  const batch: OutboxEvent[] = [];
  let blockedStream: string | null = null;
  let nextDueAt: number | null = null;
  await db.events
    .where('[state+stream+sequence]')
    .between(['pending', '', -Infinity], ['pending', '\uffff', Infinity])
    .until(() => batch.length >= limit)
    .each((event) => {
      if (event.stream === blockedStream) {
        return;
      }
      if (event.nextAttemptAt > now) {
        // The stream's head waits for its retry time: so does the rest of the stream.
        blockedStream = event.stream;
        nextDueAt = nextDueAt === null ? event.nextAttemptAt : Math.min(nextDueAt, event.nextAttemptAt);
        return;
      }
      batch.push(event);
    });
  return { batch, nextDueAt: batch.length > 0 ? null : nextDueAt };
}
