import { describe, expect, it } from 'vitest';
import {
  crashReloadPolicy,
  initialCrashState,
  type CrashDecision,
  type CrashPolicyOptions,
} from '../../../electron/core/crash-policy';

const options: CrashPolicyOptions = {
  maxReloads: 3,
  windowMs: 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 15_000,
  outOfServiceRetryMs: 300_000,
};

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
