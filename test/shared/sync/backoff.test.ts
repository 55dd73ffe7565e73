import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffCeilingMs, backoffDelayMs, outboxBackoff } from '../../../shared/sync/backoff';

describe('outbox backoff', () => {
  it('doubles from 1 s and stops at 5 min', () => {
    expect([1, 2, 3, 4, 5, 8, 9, 10, 50, 10_000].map((n) => backoffCeilingMs(n))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 128_000, 256_000, 300_000, 300_000, 300_000,
    ]);
    expect(outboxBackoff).toEqual({ baseMs: 1_000, capMs: 300_000 });
  });

  it('full jitter: every delay lies in [0, ceiling) for any attempt', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, r) => {
          const delay = backoffDelayMs(attempt, { random: () => r });
          return delay >= 0 && delay < backoffCeilingMs(attempt) && Number.isInteger(delay);
        },
      ),
    );
  });

  it('the random draw spans the whole range (no fixed part)', () => {
    expect(backoffDelayMs(4, { random: () => 0 })).toBe(0);
    expect(backoffDelayMs(4, { random: () => 0.999_999 })).toBe(7_999);
  });

  it('Retry-After is a floor, even above the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 3_600_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, floor, r) => {
          const delay = backoffDelayMs(attempt, { retryAfterMs: floor, random: () => r });
          return delay >= floor && delay <= Math.max(floor, backoffCeilingMs(attempt));
        },
      ),
    );
  });

  it('spreads terminals out: 1,000 draws at attempt 6 are not bunched', () => {
    const draws = Array.from({ length: 1_000 }, () => backoffDelayMs(6));
    const buckets = new Array<number>(4).fill(0);
    for (const d of draws) {
      buckets[Math.floor(d / 8_000)] = (buckets[Math.floor(d / 8_000)] ?? 0) + 1;
    }
    for (const count of buckets) {
      expect(count).toBeGreaterThan(150);
    }
  });
});
