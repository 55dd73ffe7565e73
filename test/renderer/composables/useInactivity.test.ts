import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { KEEP_ALIVE_INTERVAL_MS, useInactivity } from '../../../renderer/composables/useInactivity';
import { useTerminalStore } from '../../../renderer/stores/terminal';
import { demoInfo } from '../support/fixtures';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

function start(timings?: { idleSeconds: number; warningSeconds: number }) {
  const onTimeout = vi.fn();
  const keepAliveAt: number[] = [];
  const scope = effectScope();
  const guard = scope.run(() => useInactivity({ timings, onTimeout, onActive: () => keepAliveAt.push(Date.now()) }));
  if (!guard) {
    throw new Error('no scope');
  }
  const tap = () => window.dispatchEvent(new Event('pointerdown'));
  return { guard, onTimeout, keepAliveAt, tap, stop: () => scope.stop() };
}

describe('useInactivity', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-15T15:00:00Z'));
    setActivePinia(createPinia());
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes the terminal timings: warns at idle − warning, counts down, signs out at idle', () => {
    useTerminalStore().info = demoInfo({ session: { idleSeconds: 90, warningSeconds: 30, maxSessionMinutes: 15 } });
    const { guard, onTimeout, stop } = start();
    vi.advanceTimersByTime(59_999);
    expect(guard.warning.value).toBe(false);
    vi.advanceTimersByTime(1);
    expect(guard.warning.value).toBe(true);
    expect(guard.remaining.value).toBe(30);
    vi.advanceTimersByTime(10_000);
    expect(guard.remaining.value).toBe(20);
    vi.advanceTimersByTime(19_999);
    expect(onTimeout).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onTimeout).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(600_000);
    expect(onTimeout).toHaveBeenCalledOnce();
    stop();
  });

  it('any tap, touch or key before the warning starts the quiet time over', () => {
    const { guard, onTimeout, stop } = start({ idleSeconds: 90, warningSeconds: 30 });
    for (const type of ['pointerdown', 'keydown', 'touchstart']) {
      vi.advanceTimersByTime(50_000);
      window.dispatchEvent(new Event(type));
    }
    vi.advanceTimersByTime(59_000);
    expect(guard.warning.value).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(guard.warning.value).toBe(true);
    expect(onTimeout).not.toHaveBeenCalled();
    stop();
  });

  it('while warning, stray taps do not extend; "Sí, continuar" does, and the full quiet time starts over', () => {
    const { guard, onTimeout, tap, stop } = start({ idleSeconds: 90, warningSeconds: 30 });
    vi.advanceTimersByTime(60_000 + 25_000);
    tap();
    expect(guard.warning.value).toBe(true);
    expect(guard.remaining.value).toBe(5);
    guard.extend();
    expect(guard.warning.value).toBe(false);
    vi.advanceTimersByTime(59_000);
    expect(guard.warning.value).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(guard.warning.value).toBe(true);
    expect(guard.remaining.value).toBe(30);
    vi.advanceTimersByTime(30_000);
    expect(onTimeout).toHaveBeenCalledOnce();
    stop();
  });

  it('keeps main alive at most once per 15 s, and tells it about the last activity within 15 s', () => {
    const { keepAliveAt, tap, stop } = start({ idleSeconds: 90, warningSeconds: 30 });
    const t0 = Date.now();
    // A member tapping every second for a minute.
    for (let s = 0; s < 60; s += 1) {
      tap();
      vi.advanceTimersByTime(1_000);
    }
    vi.advanceTimersByTime(KEEP_ALIVE_INTERVAL_MS);
    const gaps = keepAliveAt.slice(1).map((at, i) => at - (keepAliveAt[i] ?? 0));
    expect(keepAliveAt[0]).toBe(t0);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(KEEP_ALIVE_INTERVAL_MS);
    expect(keepAliveAt.length).toBeLessThanOrEqual(5);
    // The last tap (at 59 s) was reported by a trailing call.
    expect(keepAliveAt.at(-1)).toBeGreaterThanOrEqual(t0 + 59_000);
    const count = keepAliveAt.length;
    vi.advanceTimersByTime(KEEP_ALIVE_INTERVAL_MS * 4);
    expect(keepAliveAt).toHaveLength(count);
    stop();
  });

  it('stops listening and timing when its scope ends (leaving member screens)', () => {
    const { guard, onTimeout, keepAliveAt, tap, stop } = start({ idleSeconds: 90, warningSeconds: 30 });
    stop();
    tap();
    vi.advanceTimersByTime(600_000);
    expect(guard.warning.value).toBe(false);
    expect(onTimeout).not.toHaveBeenCalled();
    expect(keepAliveAt).toHaveLength(0);
  });
});
