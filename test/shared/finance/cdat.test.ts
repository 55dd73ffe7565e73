import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../../../shared/domain/dates';
import {
  cdatSimulation,
  isBusinessDay,
  nextBusinessDay,
  roundCop,
  type CdatLiquidationPeriod,
} from '../../../shared/finance';

/** Festivos 2026 (Ley 51 de 1983), enough for the examples. */
const holidays2026 = ['2026-01-01', '2026-01-12', '2026-03-23', '2026-04-02', '2026-04-03', '2026-05-01'];
const withHolidays = { moveMaturityToNextBusinessDay: true, holidays: [...holidays2026, '2026-12-08', '2026-12-25'] };

describe('cdatSimulation: worked examples', () => {
  it('5,000,000 for 180 days at 9.5 % E.A. with 7 % withholding, paid at maturity', () => {
    /*
     * By hand (BRIEF.md: rate for d days (1 + EA)^(d/365) − 1):
     *   1.095^(180/365) − 1 = e^(0.4931507 × 0.0907544) − 1 = e^0.0447556 − 1 = 0.0457722
     *   interest 5,000,000 × 0.0457722 = 228,861.09 → 228,861
     *   withholding 228,861 × 7 % = 16,020.27 → 16,020; net 228,861 − 16,020 = 212,841
     *   maturity 2026-12-03 + 180 days = 2027-06-01, a Tuesday
     */
    const s = cdatSimulation({
      amount: 5_000_000,
      days: 180,
      liquidation: 'at-maturity',
      rateEaBps: 950,
      withholdingBps: 700,
      today: '2026-12-03',
    });
    expect(s.periods).toEqual([
      { n: 1, from: '2026-12-03', to: '2027-06-01', days: 180, interest: 228_861, withholding: 16_020, net: 212_841 },
    ]);
    expect(s).toMatchObject({ totalInterest: 228_861, totalWithholding: 16_020, totalNet: 212_841 });
    expect(s).toMatchObject({ maturityDate: '2027-06-01', maturityMoved: false });
    expect(s.periodicRate).toBeCloseTo(0.0457722, 7);
  });

  it('the same CDAT liquidated monthly: calendar months, the last one cut at the term', () => {
    /*
     * Periods from 2026-12-03: 31, 31, 28, 31, 30 days, then 29 to the term (2027-06-01): 180 in all.
     * A 31-day month earns 5,000,000 × (1.095^(31/365) − 1) = 5,000,000 × 0.0077377 = 38,688.44 → 38,688;
     * withholding 38,688 × 7 % = 2,708.16 → 2,708.
     * Interest is paid out, not capitalised, so every period earns on the 5,000,000.
     */
    const s = cdatSimulation({
      amount: 5_000_000,
      days: 180,
      liquidation: 'monthly',
      rateEaBps: 950,
      withholdingBps: 700,
      today: '2026-12-03',
    });
    expect(s.periods.map((p) => p.days)).toEqual([31, 31, 28, 31, 30, 29]);
    expect(s.periods.map((p) => p.to)).toEqual([
      '2027-01-03',
      '2027-02-03',
      '2027-03-03',
      '2027-04-03',
      '2027-05-03',
      '2027-06-01',
    ]);
    expect(s.periods[0]?.interest).toBe(38_688);
    expect(s.periods[0]?.withholding).toBe(2_708);
    // Without capitalisation, monthly pays a little less than at maturity (each period compounds only itself).
    expect(s.totalInterest).toBeLessThanOrEqual(228_861);
    expect(s.periodicRate).toBeCloseTo(1.095 ** (1 / 12) - 1, 12);
    expect(s.nominalAnnualRate).toBeCloseTo(12 * (1.095 ** (1 / 12) - 1), 12);
  });

  it('month ends clamp without drifting, counted from the opening date', () => {
    const s = cdatSimulation({
      amount: 1_000_000,
      days: 89,
      liquidation: 'monthly',
      rateEaBps: 900,
      withholdingBps: 700,
      today: '2027-01-31',
    });
    // 2027-01-31 + 89 days = 2027-04-30: Feb 28 (clamped), then Mar 31 again, not Mar 28.
    expect(s.periods.map((p) => p.to)).toEqual(['2027-02-28', '2027-03-31', '2027-04-30']);
    expect(s.periods.map((p) => p.days)).toEqual([28, 31, 30]);
  });

  it('moves a maturity on a holiday to the next business day, and only when the catalog says so', () => {
    // 2026-06-28 + 180 days = 2026-12-25 (Navidad, a Friday) → Monday 2026-12-28.
    const input = {
      amount: 1_000_000,
      days: 180,
      liquidation: 'at-maturity' as const,
      rateEaBps: 950,
      withholdingBps: 700,
      today: '2026-06-28',
    };
    expect(cdatSimulation({ ...input, businessDays: withHolidays })).toMatchObject({
      maturityDate: '2026-12-28',
      maturityMoved: true,
    });
    expect(
      cdatSimulation({ ...input, businessDays: { ...withHolidays, moveMaturityToNextBusinessDay: false } }),
    ).toMatchObject({
      maturityDate: '2026-12-25',
      maturityMoved: false,
    });
    // The interest still covers the 180 days of the term; only the payment moves.
    expect(cdatSimulation({ ...input, businessDays: withHolidays }).periods[0]?.days).toBe(180);
    // Jueves and Viernes Santo 2026, then the weekend.
    expect(nextBusinessDay('2026-04-02', new Set(holidays2026))).toBe('2026-04-06');
  });
});

describe('cdatSimulation: properties', () => {
  const liquidation = fc.constantFrom<CdatLiquidationPeriod>('monthly', 'quarterly', 'semiannual', 'at-maturity');
  const input = fc.record({
    amount: fc.integer({ min: 100_000, max: 2_000_000_000 }),
    days: fc.integer({ min: 30, max: 1_080 }),
    liquidation,
    rateEaBps: fc.integer({ min: 100, max: 6_000 }),
    withholdingBps: fc.integer({ min: 0, max: 2_000 }),
    today: fc.integer({ min: toDayNumber('2026-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber),
  });

  it('periods tile the term, interest follows the compound formula per period, withholding the rule', () => {
    fc.assert(
      fc.property(input, (i) => {
        const s = cdatSimulation(i);
        const ea = i.rateEaBps / 10_000;
        expect(s.periods.reduce((sum, p) => sum + p.days, 0)).toBe(i.days);
        expect(s.periods[0]?.from).toBe(i.today);
        expect(s.periods.at(-1)?.to).toBe(addDays(i.today, i.days));
        let exact = 0;
        s.periods.forEach((p, k) => {
          expect(p.from).toBe(k === 0 ? i.today : s.periods[k - 1]?.to);
          expect(p.days).toBeGreaterThan(0);
          const formula = i.amount * ((1 + ea) ** (p.days / 365) - 1);
          exact += formula;
          expect(Math.abs(p.interest - formula)).toBeLessThanOrEqual(1);
          expect(p.withholding).toBe(roundCop((p.interest * i.withholdingBps) / 10_000));
          expect(p.net).toBe(p.interest - p.withholding);
        });
        expect(Math.abs(s.totalInterest - exact)).toBeLessThanOrEqual(s.periods.length);
        expect(s.totalNet).toBe(s.totalInterest - s.totalWithholding);
        expect(s.totalWithholding).toBe(s.periods.reduce((sum, p) => sum + p.withholding, 0));
        if (i.liquidation === 'at-maturity') {
          expect(s.periods).toHaveLength(1);
        }
      }),
    );
  });

  it('never matures on a weekend or holiday when moving is on, and moves at most past the run of them', () => {
    const holidays = fc.uniqueArray(
      fc.integer({ min: toDayNumber('2026-01-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(input, holidays, (i, list) => {
        const s = cdatSimulation({ ...i, businessDays: { moveMaturityToNextBusinessDay: true, holidays: list } });
        const set = new Set(list);
        const termEnd = addDays(i.today, i.days);
        expect(isBusinessDay(s.maturityDate, set)).toBe(true);
        expect(s.maturityDate >= termEnd).toBe(true);
        expect(s.maturityMoved).toBe(s.maturityDate !== termEnd);
        for (let d = toDayNumber(termEnd); d < toDayNumber(s.maturityDate); d += 1) {
          expect(isBusinessDay(fromDayNumber(d), set)).toBe(false);
        }
      }),
    );
  });
});
