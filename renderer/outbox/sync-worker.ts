import type { OutboxEventWire, PushResult } from '../../shared/contract/kiosk-api';
import { maxPushBatch } from '../../shared/sync/event-types';
import { backoffDelayMs } from '../../shared/sync/backoff';
import type { KioskError, Result } from '../../shared/result';
import { systemClock, type WorkerClock } from './clock';
import type { OutboxDb } from './db';
import { classifyPushFailure, describeError, retryAfterMs } from './failure';
import { selectBatch } from './select-batch';
import type { OutboxEvent } from './types';

export interface SyncWorkerDeps {
  readonly db: OutboxDb;
  /** kiosk.sync.push */
  readonly push: (events: OutboxEventWire[]) => Promise<Result<{ readonly results: readonly PushResult[] }>>;
  /** A cheap "is the centre back?" (kiosk.system.status → central.reachable). */
  readonly probe: () => Promise<boolean>;
  readonly clock?: WorkerClock;
  readonly random?: () => number;
  readonly batchSize?: number;
  /** How often to probe while paused. */
  readonly probeIntervalMs?: number;
  /** After every batch and state change (the status store refreshes). */
  readonly onChange?: () => void;
}

export interface WorkerState {
  readonly paused: boolean;
  readonly lastError: string | null;
  readonly lastErrorAt: number | null;
}

export interface SyncWorker {
  start(): void;
  stop(): void;
  /** Something new was enqueued: drain now unless paused or holding off. */
  kick(): void;
  /** Drains until nothing is due (or the centre fails); resolves when that pass ends. */
  drainNow(): Promise<void>;
  /** The OS says the network is back (`online`): probe at once. */
  networkBack(): void;
  state(): WorkerState;
  /** Resolves once no pass or probe is running (tests, and callers that want a settled status). */
  whenIdle(): Promise<void>;
}

/**
 * Drains the outbox through the bridge: batches of up to 100, each stream in
 * order, accepted and duplicate answers delivered, rejected ones dead-lettered
 * with their reason. A failed batch is retried with capped exponential
 * backoff and full jitter; while the centre cannot be reached the worker
 * pauses, probes on a short timer, and resumes the moment it answers.
 */
export function createSyncWorker(deps: SyncWorkerDeps): SyncWorker {
  const { db } = deps;
  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? Math.random;
  const batchSize = Math.min(deps.batchSize ?? maxPushBatch, maxPushBatch);
  const probeIntervalMs = deps.probeIntervalMs ?? 2_000;

  let started = false;
  let paused = false;
  let lastError: string | null = null;
  let lastErrorAt: number | null = null;
  /** After a failed batch nothing is sent before this instant (the centre is struggling, not just that batch). */
  let holdUntil = 0;
  let wakeTimer: unknown = null;
  let probeTimer: unknown = null;
  let draining: Promise<void> | null = null;
  let probing: Promise<void> | null = null;
  let again = false;

  const changed = (): void => deps.onChange?.();

  function clearWake(): void {
    if (wakeTimer !== null) {
      clock.clearTimeout(wakeTimer);
      wakeTimer = null;
    }
  }

  function wakeAt(at: number): void {
    clearWake();
    wakeTimer = clock.setTimeout(
      () => {
        wakeTimer = null;
        void drain();
      },
      Math.max(0, at - clock.now()),
    );
  }

  function recordError(error: string): void {
    lastError = error;
    lastErrorAt = clock.now();
  }

  async function markFailed(batch: readonly OutboxEvent[], error: KioskError): Promise<number> {
    const now = clock.now();
    const floor = retryAfterMs(error);
    let earliest = Number.POSITIVE_INFINITY;
    const updates = batch.map((event) => {
      const attempts = event.attempts + 1;
      const nextAttemptAt = now + backoffDelayMs(attempts, { retryAfterMs: floor, random });
      earliest = Math.min(earliest, nextAttemptAt);
      return {
        key: event.id,
        changes: { attempts, nextAttemptAt, lastError: describeError(error), lastErrorCode: error.code },
      };
    });
    await db.events.bulkUpdate(updates);
    return earliest;
  }

  async function applyResults(batch: readonly OutboxEvent[], results: readonly PushResult[]): Promise<void> {
    const now = clock.now();
    const byId = new Map(results.map((r) => [r.id, r]));
    const updates = batch.map((event) => {
      const result = byId.get(event.id);
      const attempts = event.attempts + 1;
      if (!result || result.status === 'in-progress') {
        // No answer for it, or another request of ours is being applied right now: try again later.
        return {
          key: event.id,
          changes: {
            attempts,
            nextAttemptAt: now + backoffDelayMs(attempts, { random }),
            lastError: result ? 'being applied by the centre' : 'no result for this event',
            lastErrorCode: result ? 'in-progress' : 'missing-result',
          },
        };
      }
      if (result.status === 'rejected') {
        const reason = (result.reason ?? 'rejected').slice(0, 120);
        return {
          key: event.id,
          changes: {
            attempts,
            state: 'dead' as const,
            deadReason: reason,
            lastError: `rejected: ${reason}`,
            lastErrorCode: 'rejected',
          },
        };
      }
      // Delivered: the payload (sealed or not) has no reason to stay on the terminal.
      return {
        key: event.id,
        changes: {
          attempts,
          state: 'delivered' as const,
          deliveredAt: now,
          payload: null,
          sealed: null,
          lastError: null,
          lastErrorCode: null,
        },
      };
    });
    await db.events.bulkUpdate(updates);
  }

  /** One batch; false when the pass must stop (paused or holding off). */
  async function sendOne(batch: readonly OutboxEvent[]): Promise<boolean> {
    const sent = await deps.push(batch.map(toWire));
    if (sent.ok) {
      await applyResults(batch, sent.value.results);
      changed();
      return true;
    }
    recordError(describeError(sent.error));
    const earliest = await markFailed(batch, sent.error);
    if (classifyPushFailure(sent.error) === 'unreachable') {
      pause();
    } else {
      holdUntil = earliest;
    }
    changed();
    return false;
  }

  async function pass(): Promise<void> {
    clearWake();
    while (started && !paused) {
      const now = clock.now();
      if (now < holdUntil) {
        wakeAt(holdUntil);
        return;
      }
      const { batch, nextDueAt } = await selectBatch(db, now, batchSize);
      if (batch.length === 0) {
        if (nextDueAt !== null) {
          wakeAt(nextDueAt);
        }
        return;
      }
      if (!(await sendOne(batch))) {
        if (!paused) {
          wakeAt(holdUntil);
        }
        return;
      }
    }
  }

  function drain(): Promise<void> {
    if (draining) {
      again = true;
      return draining;
    }
    draining = (async () => {
      do {
        again = false;
        try {
          await pass();
        } catch (error) {
          // IndexedDB trouble (quota, a closed database): note it and try again later.
          recordError(`outbox: ${error instanceof Error ? error.name : 'unknown'}`);
          changed();
          wakeAt(clock.now() + 5_000);
          return;
        }
      } while (again && started && !paused);
    })().finally(() => {
      draining = null;
    });
    return draining;
  }

  function pause(): void {
    if (paused) {
      return;
    }
    paused = true;
    clearWake();
    scheduleProbe(probeIntervalMs);
  }

  function scheduleProbe(ms: number): void {
    if (probeTimer !== null) {
      clock.clearTimeout(probeTimer);
    }
    probeTimer = clock.setTimeout(() => {
      probeTimer = null;
      probing = probe().finally(() => {
        probing = null;
      });
    }, ms);
  }

  async function probe(): Promise<void> {
    if (!started || !paused) {
      return;
    }
    const back = await deps.probe().catch(() => false);
    if (!started || !paused) {
      return;
    }
    if (back) {
      await resume();
    } else {
      scheduleProbe(probeIntervalMs);
    }
  }

  async function resume(): Promise<void> {
    paused = false;
    holdUntil = 0;
    if (probeTimer !== null) {
      clock.clearTimeout(probeTimer);
      probeTimer = null;
    }
    // Events that only waited because the centre was away go at once, not at their backoff time.
    const now = clock.now();
    await db.events
      .where('[state+nextAttemptAt]')
      .between(['pending', now], ['pending', Number.POSITIVE_INFINITY], false, true)
      .filter((event) => event.lastErrorCode === 'central-unreachable')
      .modify({ nextAttemptAt: now });
    changed();
    await drain();
  }

  return {
    start() {
      if (started) {
        return;
      }
      started = true;
      void drain();
    },
    stop() {
      started = false;
      clearWake();
      if (probeTimer !== null) {
        clock.clearTimeout(probeTimer);
        probeTimer = null;
      }
    },
    kick() {
      if (started && !paused) {
        void drain();
      }
    },
    drainNow: () => (started && !paused ? drain() : Promise.resolve()),
    networkBack() {
      if (started && paused) {
        scheduleProbe(0);
      }
    },
    state: () => ({ paused, lastError, lastErrorAt }),
    async whenIdle() {
      while (draining || probing) {
        await (draining ?? probing);
      }
    },
  };
}

function toWire(event: OutboxEvent): OutboxEventWire {
  const base = {
    id: event.id,
    type: event.type,
    stream: event.stream,
    sequence: event.sequence,
    createdAt: event.createdAt,
  };
  return event.sealed !== null ? { ...base, sealed: event.sealed } : { ...base, payload: event.payload ?? {} };
}
