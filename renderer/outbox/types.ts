import type { OutboxEventType } from '../../shared/sync/event-types';

export type OutboxEventState = 'pending' | 'delivered' | 'dead';

/** One row of the outbox: an event on its way to the centre. */
export interface OutboxEvent {
  /** UUIDv7 made on the terminal: the centre's idempotency key. */
  readonly id: string;
  readonly type: OutboxEventType;
  /** Ordering scope, e.g. "terminal:DEMO-KIOSK-01" or "member:M-0001". */
  readonly stream: string;
  /** 1, 2, 3… within the stream, allocated in the enqueue transaction. */
  readonly sequence: number;
  readonly createdAt: string;
  readonly createdAtMs: number;
  attempts: number;
  /** Epoch ms; the worker leaves the event (and the rest of its stream) alone until then. */
  nextAttemptAt: number;
  /** Technical, without personal data. */
  lastError: string | null;
  /** The bridge error code of the last failure, so a recovered centre can release events at once. */
  lastErrorCode: string | null;
  state: OutboxEventState;
  /** Plain payload (no personal data), or null once delivered or when sealed. */
  payload: Record<string, unknown> | null;
  /** Envelope from kiosk.vault.seal (personal data); dropped once delivered. */
  sealed: string | null;
  deliveredAt: number | null;
  /** Why the centre refused it (dead letters only). */
  deadReason: string | null;
}

/** The last sequence handed out per stream. */
export interface OutboxStream {
  readonly name: string;
  readonly last: number;
}

/** The catalog as last fetched from the centre (one row, key "current"). */
export interface CachedCatalogRow {
  readonly key: 'current';
  readonly fetchedAt: string;
  readonly catalog: unknown;
}
