import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bpsToRate,
  eaFromNominal,
  eaFromPeriodic,
  nominalFromEa,
  periodicFromEa,
  periodsPerYear,
  rateForDays,
} from '../../../shared/finance';

const ea = fc.integer({ min: 1, max: 10_000 }).map(bpsToRate);
const perYear = fc.constantFrom(2, 4, 12, 24, 26);

describe('rate conversions', () => {
  it('knows the periods a year of each periodicity', () => {
    expect(periodsPerYear('monthly')).toBe(12);
    expect(periodsPerYear('biweekly')).toBe(24);
    expect(periodsPerYear('biweekly', 26)).toBe(26);
    expect(periodsPerYear('quarterly')).toBe(4);
    expect(periodsPerYear('semiannual')).toBe(2);
  });

  it('matches hand-computed equivalents', () => {
    // 24 % E.A. monthly: 1.24^(1/12) − 1 = 0.018087582 (1.8088 % M.V.); N.M.V. = 12 × that = 21.705 %.
    expect(periodicFromEa(0.24, 12)).toBeCloseTo(0.018087582, 9);
    expect(nominalFromEa(0.24, 12)).toBeCloseTo(0.21705099, 8);
    // 12.68 % E.A. is the classic 12 % N.M.V.: 1.01^12 − 1 = 0.126825.
    expect(eaFromNominal(0.12, 12)).toBeCloseTo(0.12682503, 9);
    // 180 days at 9.5 % E.A.: 1.095^(180/365) − 1 = 0.045772217.
    expect(rateForDays(0.095, 180)).toBeCloseTo(0.045772217, 9);
    // 365 days is the E.A. itself.
    expect(rateForDays(0.095, 365)).toBeCloseTo(0.095, 14);
  });

  it('round-trips E.A. ↔ periodic and E.A. ↔ nominal', () => {
    fc.assert(
      fc.property(ea, perYear, (rate, n) => {
        expect(eaFromPeriodic(periodicFromEa(rate, n), n)).toBeCloseTo(rate, 12);
        expect(eaFromNominal(nominalFromEa(rate, n), n)).toBeCloseTo(rate, 12);
        expect(periodicFromEa(eaFromPeriodic(rate / n, n), n)).toBeCloseTo(rate / n, 12);
      }),
    );
  });

  it('agrees with the plain power formulas, and the day rate with the periodic one', () => {
    fc.assert(
      fc.property(ea, perYear, fc.integer({ min: 1, max: 3_650 }), (rate, n, days) => {
        expect(periodicFromEa(rate, n)).toBeCloseTo((1 + rate) ** (1 / n) - 1, 12);
        expect(rateForDays(rate, days)).toBeCloseTo((1 + rate) ** (days / 365) - 1, 10);
        expect(periodicFromEa(rate, n)).toBeLessThan(rate / n);
      }),
    );
  });
});
