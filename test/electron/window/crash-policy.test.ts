import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { crashReloadPolicy, initialCrashState, type CrashDecision, type CrashPolicyOptions } from '../../../electron/window/guards';
import { watchRenderer } from '../../../electron/window/recovery';
import { createLogger } from '../../../electron/services/logger';

const options: CrashPolicyOptions = { maxReloads: 3, windowMs: 60_000, baseDelayMs: 1_000, maxDelayMs: 15_000, outOfServiceRetryMs: 300_000 };

function crashesAt(times: readonly number[]): CrashDecision[] {
  let state = initialCrashState;
  return times.map((t) => {
    const step = crashReloadPolicy(state, t, options);
    state = step.state;
    return step.decision;
  });
}

describe('crashReloadPolicy', () => {
  it('reloads with a growing back-off', () => {
    expect(crashesAt([0, 1_000, 3_000])).toEqual([
      { kind: 'reload', delayMs: 1_000 },
      { kind: 'reload', delayMs: 2_000 },
      { kind: 'reload', delayMs: 4_000 },
    ]);
  });

  it('stops reloading after N crashes within a minute and shows the out-of-service page', () => {
    const decisions = crashesAt([0, 1_000, 3_000, 7_000]);
    expect(decisions[3]).toEqual({ kind: 'out-of-service', delayMs: 0, retryInMs: 300_000 });
  });

  it('does not spin if the out-of-service page keeps crashing too', () => {
    const decisions = crashesAt([0, 1_000, 3_000, 7_000, 7_100]);
    expect(decisions[4]).toEqual({ kind: 'out-of-service', delayMs: 15_000, retryInMs: 300_000 });
  });

  it('forgets crashes older than the window', () => {
    const decisions = crashesAt([0, 1_000, 3_000, 70_000]);
    expect(decisions[3]).toEqual({ kind: 'reload', delayMs: 1_000 });
  });

  it('caps the delay', () => {
    const wide = { ...options, maxReloads: 10 };
    let state = initialCrashState;
    let last: CrashDecision = { kind: 'reload', delayMs: 0 };
    for (let i = 0; i < 8; i += 1) {
      const step = crashReloadPolicy(state, i, wide);
      state = step.state;
      last = step.decision;
    }
    expect(last).toEqual({ kind: 'reload', delayMs: 15_000 });
  });
});

describe('watchRenderer', () => {
  class FakeWindow extends EventEmitter {
    readonly webContents = Object.assign(new EventEmitter(), { forcefullyCrashRenderer: vi.fn() });
  }

  let win: FakeWindow;
  let loadWelcome: ReturnType<typeof vi.fn<() => void>>;
  let loadOutOfService: ReturnType<typeof vi.fn<() => void>>;
  let quitting: boolean;

  beforeEach(() => {
    vi.useFakeTimers();
    win = new FakeWindow();
    loadWelcome = vi.fn<() => void>();
    loadOutOfService = vi.fn<() => void>();
    quitting = false;
    watchRenderer(win, {
      log: createLogger(),
      loadWelcome,
      loadOutOfService,
      isQuitting: () => quitting,
      hangGraceMs: 5_000,
      policy: options,
      now: () => Date.now(),
    });
  });
  afterEach(() => vi.useRealTimers());

  const crash = (): void => void win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });

  it('reloads the welcome screen after a crash, once the back-off has passed', () => {
    crash();
    expect(loadWelcome).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(loadWelcome).toHaveBeenCalledTimes(1);
  });

  it('parks on the out-of-service page after a crash loop, then tries again later', () => {
    for (let i = 0; i < 4; i += 1) {
      crash();
      vi.advanceTimersByTime(100);
    }
    expect(loadOutOfService).toHaveBeenCalledTimes(1);
    expect(loadWelcome).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300_000);
    expect(loadWelcome).toHaveBeenCalledTimes(1);
  });

  it('ignores the renderer going away while the app quits', () => {
    quitting = true;
    crash();
    vi.advanceTimersByTime(60_000);
    expect(loadWelcome).not.toHaveBeenCalled();
  });

  it('kills a renderer that stays hung past the grace period', () => {
    win.emit('unresponsive');
    vi.advanceTimersByTime(4_999);
    expect(win.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(win.webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
  });

  it('leaves a renderer alone that recovers in time', () => {
    win.emit('unresponsive');
    vi.advanceTimersByTime(3_000);
    win.emit('responsive');
    vi.advanceTimersByTime(10_000);
    expect(win.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });
});
