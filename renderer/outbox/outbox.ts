import type { OutboxEventType } from '../../shared/sync/event-types';
import { fail, ok, type Result } from '../../shared/result';
import type { OutboxDb } from './db';
import type { OutboxEvent } from './types';

export type Payload = Record<string, unknown>;

export interface OutboxDeps {
  readonly db: OutboxDb;
  /** kiosk.vault.seal: main seals, the page never holds the key. */
  readonly seal: (payload: Payload) => Promise<Result<{ readonly sealed: string }>>;
  readonly newId: () => string;
  readonly now: () => number;
  /** Called after each committed enqueue (the worker drains at once). */
  readonly onEnqueued?: () => void;
}

export interface EventDraft {
  readonly type: OutboxEventType;
  readonly stream: string;
  readonly payload: Payload;
  /** Holds personal data: sealed by main before it touches IndexedDB. */
  readonly personal: boolean;
}

export interface Enqueued {
  readonly id: string;
  readonly sequence: number;
}

export interface OutboxWriter {
  /** Writes one event; resolves once it is durably committed. */
  enqueue(
    type: OutboxEventType,
    stream: string,
    payload: Payload,
    options: { readonly personal: boolean },
  ): Promise<Result<Enqueued>>;
}

export function createOutboxWriter(deps: OutboxDeps): OutboxWriter {
  const { db } = deps;

  /** Sealing is a bridge round trip: it must happen before the transaction opens, never inside it. */
  async function prepare(draft: EventDraft): Promise<Result<Pick<OutboxEvent, 'payload' | 'sealed'>>> {
    if (!draft.personal) {
      return ok({ payload: draft.payload, sealed: null });
    }
    const sealed = await deps.seal(draft.payload);
    return sealed.ok ? ok({ payload: null, sealed: sealed.value.sealed }) : sealed;
  }

  /** Runs inside the transaction: the stream's next sequence and the row, atomically. */
  async function insert(draft: EventDraft, body: Pick<OutboxEvent, 'payload' | 'sealed'>): Promise<Enqueued> {
    const last = (await db.streams.get(draft.stream))?.last ?? 0;
    const sequence = last + 1;
    await db.streams.put({ name: draft.stream, last: sequence });
    // The id is made here too, so within a stream id order and sequence order agree.
    const id = deps.newId();
    const now = deps.now();
    await db.events.add({
      id,
      type: draft.type,
      stream: draft.stream,
      sequence,
      createdAt: new Date(now).toISOString(),
      createdAtMs: now,
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      lastErrorCode: null,
      state: 'pending',
      ...body,
      deliveredAt: null,
      deadReason: null,
    });
    return { id, sequence };
  }

  return {
    enqueue: async (type, stream, payload, { personal }) => {
      const draft: EventDraft = { type, stream, payload, personal };
      const body = await prepare(draft);
      if (!body.ok) {
        return body;
      }
      try {
        const done = await db.transaction('rw', [db.events, db.streams], () => insert(draft, body.value));
        deps.onEnqueued?.();
        return ok(done);
      } catch (error) {
        // The error's name only: a message could quote the payload.
        return fail('internal', `outbox write failed: ${error instanceof Error ? error.name : 'unknown'}`);
      }
    },
  };
}
