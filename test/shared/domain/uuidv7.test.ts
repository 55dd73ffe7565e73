import fc from 'fast-check';
import { v7 } from 'uuid';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { uuidv7, uuidV7Pattern, uuidV7Time } from '../../../shared/domain/uuidv7';
import { eventIdPattern } from '../../../shared/sync/event-types';

describe('uuidv7 (the uuid package)', () => {
  afterEach(() => vi.useRealTimers());

  it('is an RFC 9562 version 7 id carrying the millisecond', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 1_763_650_000_123 });
    const id = uuidv7();
    expect(id).toMatch(uuidV7Pattern);
    expect(id).toMatch(eventIdPattern);
    expect(uuidV7Time(id)).toBe(1_763_650_000_123);
  });

  it('strictly increases within one millisecond and when the clock steps back (the outbox relies on it)', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 1_900_000_000_000 });
    const ids: string[] = [];
    for (let i = 0; i < 10_000; i += 1) {
      if (i === 5_000) {
        vi.setSystemTime(1_900_000_000_000 - 10_000); // NTP stepped the clock back
      }
      ids.push(uuidv7());
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => uuidV7Pattern.test(id))).toBe(true);
  });

  it('sorts by creation time across milliseconds, whatever the random bits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 47 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        (t, dt, r1, r2) => {
          const a = v7({ msecs: t, random: r1 });
          const b = v7({ msecs: t + dt, random: r2 });
          return a < b && uuidV7Pattern.test(a) && uuidV7Pattern.test(b);
        },
      ),
    );
  });
});
