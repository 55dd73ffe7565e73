import type { KioskHandlers, OutboxEventWire, PushResult } from '../../../shared/contract/kiosk-api';
import type { SyncEvent } from '../../../shared/contract/central';
import { fail, ok } from '../../../shared/result';
import type { CentralClient } from '../../services/central-client';
import type { Logger } from '../../services/logger';
import type { Vault } from '../../services/vault/vault';

export interface SyncHandlerDeps {
  readonly central: CentralClient;
  readonly vault: Vault;
  readonly terminalId: string;
  readonly appVersion: string;
  /** Printer role → state, as the status strip shows them. */
  readonly printerStates: () => Record<string, string>;
  readonly log: Logger;
}

type Opened = { readonly event: SyncEvent } | { readonly result: PushResult } | { readonly keyUnavailable: true };

/**
 * `sync.*`: the outbox's way out. Sealed payloads are opened here, just
 * before they leave, and never handed back to the page. An envelope that
 * cannot be opened (tampered, another key) is answered "rejected" for that
 * event alone, so one bad event never blocks the batch.
 */
export function createSyncHandlers(d: SyncHandlerDeps): KioskHandlers['sync'] {
  async function open(e: OutboxEventWire): Promise<Opened> {
    const { id, type, stream, sequence, createdAt } = e;
    if ('payload' in e) {
      return { event: { id, type, stream, sequence, createdAt, payload: e.payload } };
    }
    const opened = await d.vault.open('outbox-payload', e.sealed);
    if (!opened.ok) {
      if (opened.failure === 'key-unavailable') {
        return { keyUnavailable: true };
      }
      d.log.warn('sync.unsealable', { type, stream: stream.split(':')[0] });
      return { result: { id, status: 'rejected', reason: 'unsealable' } };
    }
    const payload = opened.value;
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      return { result: { id, status: 'rejected', reason: 'unsealable' } };
    }
    return { event: { id, type, stream, sequence, createdAt, payload: payload as Record<string, unknown> } };
  }

  return {
    push: async ({ events }) => {
      const local: PushResult[] = [];
      const outgoing: SyncEvent[] = [];
      for (const e of events) {
        const opened = await open(e);
        if ('keyUnavailable' in opened) {
          // Not the events' fault: the whole batch waits and is retried.
          return fail('internal', 'vault key unavailable; batch not sent');
        }
        if ('result' in opened) {
          local.push(opened.result);
        } else {
          outgoing.push(opened.event);
        }
      }
      if (outgoing.length === 0) {
        return ok({ results: local });
      }
      const sent = await d.central.sync(outgoing);
      if (!sent.ok) {
        return sent;
      }
      // Only answers about events we sent count; a missing answer leaves the event pending.
      const ids = new Set(outgoing.map((e) => e.id));
      const results = sent.value.results.filter((r) => ids.has(r.id));
      const rejected = results.filter((r) => r.status === 'rejected').length;
      d.log.info('sync.pushed', { events: outgoing.length, rejected: rejected + local.length });
      return ok({ results: [...local, ...results] });
    },

    heartbeat: async (health) => {
      const sent = await d.central.heartbeat({
        terminalId: d.terminalId,
        appVersion: d.appVersion,
        printers: d.printerStates(),
        ...health,
      });
      return sent.ok ? ok(null) : sent;
    },
  };
}
