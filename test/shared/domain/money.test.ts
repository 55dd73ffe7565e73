import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCop, parseCop } from '../../../shared/domain/money';

describe('formatCop', () => {
  it.each([
    [0, '$ 0'],
    [5, '$ 5'],
    [1_000, '$ 1.000'],
    [1_234_567, '$ 1.234.567'],
    [-1_234, '-$ 1.234'],
    [100_000_000, '$ 100.000.000'],
  ])('%i → %s', (n, text) => {
    expect(formatCop(n)).toBe(text);
  });

  it('refuses fractions', () => {
    expect(() => formatCop(1.5)).toThrow(RangeError);
  });

  it('round-trips every safe integer', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        (n) => parseCop(formatCop(n)) === n || (n === 0 && parseCop(formatCop(n)) === 0),
      ),
    );
  });

  it('groups digits by three with dots and never shows decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const text = formatCop(n);
        expect(text).toMatch(/^-?\$ \d{1,3}(\.\d{3})*$/);
        expect(text.replace(/\D/g, '')).toBe(String(Math.abs(n)));
        expect(text.startsWith('-')).toBe(n < 0);
      }),
    );
  });
});
