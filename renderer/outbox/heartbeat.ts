import type { OutboxHealth } from '../../shared/contract/kiosk-api';
import { systemClock, type WorkerClock } from './clock';

export const HEARTBEAT_MS = 60_000;

/**
 * Reports the outbox's health to the centre now and every minute. A beat is
 * never queued: if it cannot be sent it is dropped, and the centre notices
 * the silence. The next beat waits for the previous one to finish.
 */
export function startHeartbeat(
  read: () => Promise<OutboxHealth>,
  send: (beat: OutboxHealth) => Promise<unknown>,
  clock: WorkerClock = systemClock,
  intervalMs: number = HEARTBEAT_MS,
): () => void {
  let stopped = false;
  let timer: unknown = null;
  async function beat(): Promise<void> {
    try {
      await send(await read());
    } catch {
      // A missed beat is the signal; nothing to do here.
    }
    if (!stopped) {
      timer = clock.setTimeout(() => void beat(), intervalMs);
    }
  }
  void beat();
  return () => {
    stopped = true;
    if (timer !== null) {
      clock.clearTimeout(timer);
    }
  };
}
