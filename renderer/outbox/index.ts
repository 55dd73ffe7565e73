/**
 * The outbox: the one way data leaves for the centre asynchronously
 * (ARCHITECTURE.md, principle 5). Producers call `currentOutbox()?.enqueue(...)`
 * or `enqueueWith(...)` to write a business change and its event together.
 */
export { startOutbox } from './start';
export { currentOutbox } from './instance';
export type { OutboxService, OutboxStatus } from './service';
export type { EventDraft, Enqueued, Payload } from './outbox';
export type { DeadLetter } from './status';
