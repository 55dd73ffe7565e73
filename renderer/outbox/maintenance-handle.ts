import type { OutboxEventType } from '../../shared/sync/event-types';
import type { Result } from '../../shared/result';
import type { Enqueued, Payload } from './outbox';
import type { OutboxService, OutboxStatus } from './service';

/**
 * `window.coopkioskOutbox`, on demo terminals only (config `demo: true` or
 * the embedded demo central): IT and the end-to-end tests put events in the
 * real queue and watch it drain in the real browser, without a member
 * screen that produces them. Production terminals never get it, so nothing
 * but the app's own code can write to their outbox.
 */
export interface OutboxMaintenanceHandle {
  status(): Promise<OutboxStatus>;
  enqueue(
    type: OutboxEventType,
    stream: string,
    payload: Payload,
    options?: { readonly personal?: boolean },
  ): Promise<Result<Enqueued>>;
  drainNow(): Promise<void>;
}

declare global {
  interface Window {
    coopkioskOutbox?: OutboxMaintenanceHandle;
  }
}

export function exposeOnDemoTerminal(outbox: OutboxService, demo: boolean): void {
  if (!demo) {
    return;
  }
  const handle: OutboxMaintenanceHandle = Object.freeze({
    status: () => outbox.status(),
    enqueue: (type: OutboxEventType, stream: string, payload: Payload, options: { readonly personal?: boolean } = {}) =>
      outbox.enqueue(type, stream, payload, { personal: options.personal ?? false }),
    drainNow: () => outbox.worker.drainNow(),
  });
  Object.defineProperty(window, 'coopkioskOutbox', { value: handle, configurable: false, writable: false });
}
