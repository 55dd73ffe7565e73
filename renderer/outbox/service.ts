import type { OutboxEventWire, PushResult } from '../../shared/contract/kiosk-api';
import { uuidv7 } from '../../shared/domain/uuidv7';
import type { Result } from '../../shared/result';
import { systemClock, type WorkerClock } from './clock';
import type { OutboxDb } from './db';
import { createOutboxWriter, type OutboxWriter, type Payload } from './outbox';
import {
  exportDeadLetters,
  listDeadLetters,
  readCounts,
  retryDead,
  type DeadLetter,
  type OutboxCounts,
} from './status';
import { createSyncWorker, type SyncWorker } from './sync-worker';

export interface OutboxStatus extends OutboxCounts {
  /** The centre cannot be reached; the worker probes and resumes by itself. */
  readonly paused: boolean;
  readonly lastError: string | null;
}

/** The outbox as the rest of the renderer uses it: write, watch, and the maintenance actions. */
export interface OutboxService extends OutboxWriter {
  readonly db: OutboxDb;
  readonly worker: SyncWorker;
  status(): Promise<OutboxStatus>;
  deadLetters(): Promise<DeadLetter[]>;
  retryDead(id: string): Promise<boolean>;
  exportDeadLetters(): Promise<string>;
  /** Called after enqueues, batches and state changes. */
  subscribe(listener: () => void): () => void;
}

export interface OutboxBridge {
  readonly seal: (payload: Payload) => Promise<Result<{ readonly sealed: string }>>;
  readonly push: (events: OutboxEventWire[]) => Promise<Result<{ readonly results: readonly PushResult[] }>>;
  readonly probe: () => Promise<boolean>;
}

export function createOutboxService(
  db: OutboxDb,
  bridge: OutboxBridge,
  options: { clock?: WorkerClock; random?: () => number; newId?: () => string } = {},
): OutboxService {
  const clock = options.clock ?? systemClock;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of listeners) {
      listener();
    }
  };
  const worker = createSyncWorker({
    db,
    push: bridge.push,
    probe: bridge.probe,
    clock,
    ...(options.random ? { random: options.random } : {}),
    onChange: notify,
  });
  const writer = createOutboxWriter({
    db,
    seal: bridge.seal,
    newId: options.newId ?? uuidv7,
    now: () => clock.now(),
    onEnqueued: () => {
      notify();
      worker.kick();
    },
  });
  return {
    ...writer,
    db,
    worker,
    status: async () => {
      const counts = await readCounts(db, clock.now());
      const { paused, lastError } = worker.state();
      return { ...counts, paused, lastError };
    },
    deadLetters: () => listDeadLetters(db),
    retryDead: async (id) => {
      const done = await retryDead(db, id, clock.now());
      if (done) {
        notify();
        worker.kick();
      }
      return done;
    },
    exportDeadLetters: () => exportDeadLetters(db, new Date(clock.now())),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
