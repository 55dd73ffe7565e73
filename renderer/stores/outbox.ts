import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { DeadLetter } from '../outbox/status';
import type { OutboxService, OutboxStatus } from '../outbox/service';
import { currentOutbox } from '../outbox/instance';

/**
 * The outbox as staff see it: how many events wait, how old the oldest is,
 * dead letters and the last error. Refreshed when the outbox reports a
 * change (throttled) and every few seconds while something waits.
 */
export const useOutboxStore = defineStore('outbox', () => {
  const status = ref<OutboxStatus | null>(null);
  const deadLetters = ref<DeadLetter[]>([]);

  let service: OutboxService | null = null;
  let unsubscribe: (() => void) | null = null;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;

  /** Follows an outbox (the running one by default); false when none is running yet. */
  function attach(outbox: OutboxService | null = currentOutbox()): boolean {
    if (!outbox || outbox === service) {
      return outbox !== null;
    }
    detach();
    service = outbox;
    unsubscribe = outbox.subscribe(schedule);
    // The age of the oldest event grows without any change being reported.
    ticker = setInterval(() => {
      if ((status.value?.depth ?? 0) > 0 || status.value?.paused) {
        void refresh();
      }
    }, 5_000);
    void refresh();
    return true;
  }

  function detach(): void {
    unsubscribe?.();
    unsubscribe = null;
    clearInterval(ticker);
    clearTimeout(pending);
    service = null;
  }

  /** Bursts of batches refresh the view at most twice a second. */
  function schedule(): void {
    if (pending === undefined) {
      pending = setTimeout(() => {
        pending = undefined;
        void refresh();
      }, 500);
    }
  }

  /** Reads the counts (and dead letters when there are some). */
  async function refresh(): Promise<void> {
    if (!service) {
      return;
    }
    status.value = await service.status();
    deadLetters.value = status.value.deadLetters > 0 ? await service.deadLetters() : [];
  }

  /** Sends a dead letter again (maintenance). */
  async function retryDead(id: string): Promise<boolean> {
    const done = (await service?.retryDead(id)) ?? false;
    await refresh();
    return done;
  }

  /** Dead letters as JSON for IT; sealed payloads stay sealed. */
  function exportDeadLetters(): Promise<string> {
    return service ? service.exportDeadLetters() : Promise.resolve('{"count":0,"events":[]}');
  }

  return { status, deadLetters, attach, detach, refresh, retryDead, exportDeadLetters };
});
