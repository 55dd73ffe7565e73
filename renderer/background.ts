import { kiosk } from './bridge';
import { useCatalogStore } from './stores/catalog';
import { useOutboxStore } from './stores/outbox';
import { startHeartbeat } from './outbox/heartbeat';
import { appDb, currentOutbox, setCurrentOutbox } from './outbox/instance';
import { exposeOnDemoTerminal } from './outbox/maintenance-handle';
import { createOutboxService, type OutboxService } from './outbox/service';
import { pruneDelivered } from './outbox/status';

/** Delivered events (metadata only) are kept a day for the maintenance screen, then pruned. */
const keepDeliveredMs = 24 * 3_600_000;
const pruneEveryMs = 3_600_000;

/**
 * Everything that runs in the background of every page, started in one
 * place: the outbox's sync worker, the heartbeat, pruning of delivered
 * events and the catalog refresh. Call once after the app is mounted (it
 * needs the active Pinia). An out-of-service terminal starts nothing: every
 * bridge call would be refused anyway.
 */
export async function startBackgroundServices(): Promise<OutboxService | null> {
  const running = currentOutbox();
  if (running) {
    return running;
  }
  const info = await kiosk.system.info();
  if (!info.ok || !info.value.inService) {
    return null;
  }
  const db = appDb();
  const outbox = createOutboxService(db, {
    seal: (payload) => kiosk.vault.seal({ payload }),
    push: (events) => kiosk.sync.push({ events }),
    probe: async () => {
      const status = await kiosk.system.status();
      return status.ok && status.value.central.reachable;
    },
  });
  setCurrentOutbox(outbox);
  outbox.worker.start();
  window.addEventListener('online', () => outbox.worker.networkBack());

  startHeartbeat(
    async () => {
      const s = await outbox.status();
      return {
        outboxDepth: s.depth,
        oldestPendingAgeSeconds: s.oldestPendingAgeSeconds,
        deadLetters: s.deadLetters,
        lastError: s.lastError,
      };
    },
    (beat) => kiosk.sync.heartbeat(beat),
  );
  const prune = (): void => void pruneDelivered(db, Date.now(), keepDeliveredMs).catch(() => undefined);
  prune();
  setInterval(prune, pruneEveryMs);

  useCatalogStore().startAutoRefresh();
  useOutboxStore().attach(outbox);
  exposeOnDemoTerminal(outbox, info.value.demo);
  return outbox;
}
