import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionManager } from '../../../electron/services/session';

const member = {
  id: 'M-0001',
  streamId: 'q7Xr2Lk9Vb3Nw8Tz',
  firstName: 'Laura',
  fullName: 'Laura Gómez Restrepo',
  docType: 'CC' as const,
  docNumberMasked: 'CC ******1010',
  emailMasked: null,
};
const timings = { idleSeconds: 90, warningSeconds: 30, maxSessionMinutes: 15 };

describe('session manager', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const ended: Array<{ reason: string; notifyPage: boolean; token: string }> = [];
    const sessions = createSessionManager({
      timings,
      onEnded: (s, reason, notifyPage) => ended.push({ reason, notifyPage, token: s.token }),
    });
    return { sessions, ended };
  };

  it('ends the session at the maximum time even when the member keeps tapping', () => {
    const { sessions, ended } = setup();
    sessions.begin({ token: 't1', member, docNumber: '1010101010', mustChangePin: false });
    for (let i = 0; i < 14; i += 1) {
      vi.advanceTimersByTime(60_000);
      sessions.touch();
    }
    expect(ended).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(ended).toEqual([{ reason: 'max-time', notifyPage: true, token: 't1' }]);
    expect(sessions.current()).toBeNull();
  });

  it('ends an idle session 15 s after the page should have, and touching pushes it back', () => {
    const { sessions, ended } = setup();
    sessions.begin({ token: 't1', member, docNumber: '1010101010', mustChangePin: false });
    vi.advanceTimersByTime(100_000);
    sessions.touch();
    vi.advanceTimersByTime(104_999);
    expect(ended).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ended.map((e) => e.reason)).toEqual(['idle']);
  });

  it('tells the listener once, and a new sign-in replaces a forgotten session without reloading the page', () => {
    const { sessions, ended } = setup();
    sessions.begin({ token: 't1', member, docNumber: '1010101010', mustChangePin: false });
    sessions.begin({ token: 't2', member, docNumber: '1010101010', mustChangePin: false });
    expect(ended).toEqual([{ reason: 'button', notifyPage: false, token: 't1' }]);
    expect(sessions.end('button')?.token).toBe('t2');
    expect(sessions.end('button')).toBeNull();
    vi.advanceTimersByTime(60 * 60_000);
    expect(ended).toHaveLength(2);
  });

  it('reports start and end times to the page without the token', () => {
    vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
    const { sessions } = setup();
    const info = sessions.info(
      sessions.begin({ token: 'secret-token', member, docNumber: '1010101010', mustChangePin: true }),
    );
    expect(info).toEqual({
      member,
      mustChangePin: true,
      startedAt: '2026-11-23T10:00:00.000Z',
      endsAt: '2026-11-23T10:15:00.000Z',
    });
    expect(JSON.stringify(info)).not.toContain('secret-token');
    expect(JSON.stringify(info)).not.toContain('1010101010');
  });
});
