import { v7 } from 'uuid';

/**
 * UUIDv7 (RFC 9562) from the `uuid` package: 48-bit Unix milliseconds, then
 * a counter seeded at random, so ids made on the terminal sort by creation
 * time and the centre can use them as idempotency keys. Within one
 * millisecond, and when the clock steps back, uuid's v7 counts up from the
 * last id (RFC 9562 §6.2, method 1): a terminal's ids strictly increase,
 * which is what the outbox's per-stream order relies on.
 */
export const uuidv7: () => string = () => v7();

export const uuidV7Pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The millisecond timestamp a UUIDv7 carries. */
export function uuidV7Time(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
