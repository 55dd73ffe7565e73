import type { SyncEventType } from '../contract/central/sync';

/**
 * The outbox event types, without zod, so the renderer can name them without
 * shipping schemas. Kept equal to the centre's list by the type check below.
 */
export const outboxEventTypes = [
  'print.audit',
  'data-update.request',
  'statement.email',
  'lead',
  'session.audit',
] as const satisfies readonly SyncEventType[];

export type OutboxEventType = (typeof outboxEventTypes)[number];

// Fails to compile when the centre gains an event type this list lacks.
type Missing = Exclude<SyncEventType, OutboxEventType>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;

/**
 * Ordering scope within one terminal: "terminal:KIOSK-07", or "member:<stream id>" where the stream id is the
 * opaque, per-terminal id the centre gave at sign-in (never the member's own id: the outbox outlives the session).
 */
export const streamPattern = /^[a-z][a-z-]{0,19}:[A-Za-z0-9_.-]{1,100}$/;

/** UUIDv7 (what the terminal makes) or ULID (accepted for other producers). */
export const eventIdPattern =
  /^([0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|[0-7][0-9A-HJKMNP-TV-Z]{25})$/;

/** What main's vault produces: version, IV, ciphertext and tag, each base64url. */
export const sealedPattern = /^ckv1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{22}$/;

/**
 * The centre's answer for one event: accepted (applied now), duplicate (applied before), in-progress (another
 * request is applying it right now: send it again later), rejected (never applied; see the reason).
 */
export const syncResultStatuses = ['accepted', 'duplicate', 'in-progress', 'rejected'] as const;

/** At most this many events per `sync.push` (the centre's batch limit). */
export const maxPushBatch = 100;
