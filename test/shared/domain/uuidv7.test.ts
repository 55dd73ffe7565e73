import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createUuidV7Generator, uuidV7Pattern, uuidV7Time } from '../../../shared/domain/uuidv7';
import { eventIdPattern } from '../../../shared/sync/event-types';

describe('uuidv7', () => {
  it('is an RFC 9562 version 7 id carrying the millisecond', () => {
    const id = createUuidV7Generator(() => 1_763_650_000_123)();
    expect(id).toMatch(uuidV7Pattern);
    expect(id).toMatch(eventIdPattern);
    expect(uuidV7Time(id)).toBe(1_763_650_000_123);
  });

  it('strictly increases within one millisecond and when the clock steps back', () => {
    let now = 1_000_000;
    const next = createUuidV7Generator(() => now);
    const ids: string[] = [];
    for (let i = 0; i < 10_000; i += 1) {
      if (i === 5_000) {
        now -= 10_000; // NTP stepped the clock back
      }
      ids.push(next());
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('sorts by creation time across milliseconds, whatever the random bits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 47 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        (t, dt, bytes) => {
          const gen = createUuidV7Generator(
            (() => {
              let calls = 0;
              return () => (calls++ === 0 ? t : t + dt);
            })(),
            (b) => b.fill(0).map((_, i) => bytes[i] ?? 0),
          );
          const a = gen();
          const b = gen();
          return a < b && uuidV7Pattern.test(a) && uuidV7Pattern.test(b);
        },
      ),
    );
  });
});
