import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CrashPolicyOptions } from '../../../electron/core/crash-policy';
import { createPageLifecycle, type PageLifecycle } from '../../../electron/core/page-lifecycle';
import { createLogger } from '../../../electron/services/logger';
import type { SignOutReason } from '../../../shared/contract/values';
import { recordingHostPort, type RecordingHostPort } from '../../support/recording-host-port';

const crashPolicy: CrashPolicyOptions = {
  maxReloads: 3,
  windowMs: 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 15_000,
  outOfServiceRetryMs: 300_000,
};

describe('page life cycle (one owner of session end and crash recovery, for both hosts)', () => {
  let host: RecordingHostPort;
  let lifecycle: PageLifecycle;
  let sessionOpen: boolean;
  let ended: SignOutReason[];

  beforeEach(() => {
    vi.useFakeTimers();
    host = recordingHostPort();
    sessionOpen = false;
    ended = [];
    lifecycle = createPageLifecycle({
      host,
      log: createLogger(),
      pageAckMs: 5_000,
      hangGraceMs: 5_000,
      crashPolicy,
      endSession: (reason) => {
        const had = sessionOpen;
        if (had) {
          sessionOpen = false;
          ended.push(reason);
          lifecycle.sessionEnded(reason);
        }
        return had;
      },
    });
  });
  afterEach(() => {
    lifecycle.dispose();
    vi.useRealTimers();
  });

  it('tells the page first, and waits for it to ask for the wipe', async () => {
    lifecycle.sessionEnded('max-time');
    expect(host.calls).toEqual(['send session-ended {"reason":"max-time"}']);
    await lifecycle.wipeRequested('max-time');
    expect(host.calls).toEqual([
      'send session-ended {"reason":"max-time"}',
      'clear',
      'reload /hasta-pronto?motivo=max-time',
    ]);
    // The backstop was cancelled: no second reload.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(host.calls).toHaveLength(3);
  });

  it('wipes and reloads a page that never answers (hung, or the event was lost)', async () => {
    lifecycle.sessionEnded('idle');
    await vi.advanceTimersByTimeAsync(4_999);
    expect(host.calls).toEqual(['send session-ended {"reason":"idle"}']);
    await vi.advanceTimersByTimeAsync(1);
    expect(host.calls).toEqual(['send session-ended {"reason":"idle"}', 'clear', 'reload /hasta-pronto?motivo=idle']);
  });

  it("keeps the core's reason when the page only saw an expired answer", async () => {
    lifecycle.sessionEnded('locked');
    await lifecycle.wipeRequested('expired');
    expect(host.calls.at(-1)).toBe('reload /hasta-pronto?motivo=locked');
  });

  it('wipes on a page request without a pending end too (Salir after main forgot the session)', async () => {
    await lifecycle.wipeRequested('button');
    expect(host.calls).toEqual(['clear', 'reload /hasta-pronto?motivo=button']);
  });

  it('reloads the welcome screen after a crash, once the back-off has passed', async () => {
    lifecycle.gone({ reason: 'crashed', exitCode: 11 });
    expect(host.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(host.calls).toEqual(['reload /']);
  });

  it("a crash during a member's session ends it and reloads on the advice screen, wiped, without waiting for the page", async () => {
    sessionOpen = true;
    lifecycle.gone({ reason: 'oom', exitCode: 0 });
    expect(ended).toEqual(['renderer-gone']);
    // Nobody is there to tell.
    expect(host.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(host.calls).toEqual(['clear', 'reload /hasta-pronto?motivo=renderer-gone']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(host.calls).toHaveLength(2);
  });

  it('parks on the out-of-service page after a crash loop, then tries again later', async () => {
    for (let i = 0; i < 4; i += 1) {
      lifecycle.gone({ reason: 'crashed', exitCode: 11 });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(host.calls).toEqual(['out-of-service']);
    await vi.advanceTimersByTimeAsync(300_000);
    expect(host.calls).toEqual(['out-of-service', 'reload /']);
  });

  it('kills a page that stays hung past the grace period, and leaves one alone that recovers', async () => {
    lifecycle.unresponsive();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(host.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(host.calls).toEqual(['kill']);

    lifecycle.unresponsive();
    await vi.advanceTimersByTimeAsync(3_000);
    lifecycle.responsive();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(host.calls).toEqual(['kill']);
  });

  it('does nothing more once disposed', async () => {
    lifecycle.sessionEnded('button');
    lifecycle.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(host.calls).toEqual(['send session-ended {"reason":"button"}']);
  });
});
