import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSignInThrottle, delayAfterFailures } from '../../../../electron/services/auth/throttle';

describe('delay between failed sign-ins', () => {
  it('grows 0, 2, 4, 8, 16 s and stops at 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(delayAfterFailures)).toEqual([0, 2, 4, 8, 16, 30, 30, 30]);
    expect(delayAfterFailures(0)).toBe(0);
  });
});

describe('sign-in throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('makes the next attempt wait after the second failure, and forgets after a success', () => {
    const throttle = createSignInThrottle();
    throttle.recordFailure();
    expect(throttle.waitSeconds()).toBe(0);
    throttle.recordFailure();
    expect(throttle.waitSeconds()).toBe(2);
    vi.advanceTimersByTime(1_000);
    expect(throttle.waitSeconds()).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(throttle.waitSeconds()).toBe(0);
    throttle.recordFailure();
    expect(throttle.waitSeconds()).toBe(4);
    throttle.recordSuccess();
    expect(throttle.waitSeconds()).toBe(0);
    throttle.recordFailure();
    expect(throttle.waitSeconds()).toBe(0);
  });
});
