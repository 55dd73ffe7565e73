import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '../../../shared/domain/dates';
import { civilAddMonths, dayNumberOf, formatCivil, isoOfDayNumber, parseCivil } from '../../../shared/finance/calendar';
import { loanSchedule } from '../../../shared/finance';

const day = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') });

describe('integer calendar', () => {
  it('agrees with domain/dates on day numbers and month steps', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 1_200 }), (n, months) => {
        const iso = fromDayNumber(n);
        const civil = parseCivil(iso);
        expect(isoOfDayNumber(n)).toBe(iso);
        expect(dayNumberOf(civil.year, civil.month, civil.day)).toBe(n);
        const moved = civilAddMonths(civil, months);
        expect(formatCivil(moved.year, moved.month, moved.day)).toBe(addMonths(iso, months));
      }),
    );
  });

  it('dates loan installments as domain/dates would', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom('monthly' as const, 'biweekly' as const),
        fc.constantFrom(24 as const, 26 as const),
        (n, termMonths, periodicity, biweeklyPeriodsPerYear) => {
          const startDate = fromDayNumber(n);
          const s = loanSchedule({
            amount: 10_000_000,
            rateEaBps: 1_850,
            termMonths,
            periodicity,
            biweeklyPeriodsPerYear,
            startDate,
          });
          const expected = s.rows.map((row) => {
            if (periodicity === 'monthly') {
              return addMonths(startDate, row.n);
            }
            if (biweeklyPeriodsPerYear === 26) {
              return addDays(startDate, 14 * row.n);
            }
            const months = addMonths(startDate, Math.floor(row.n / 2));
            return row.n % 2 === 0 ? months : addDays(months, 15);
          });
          expect(s.rows.map((row) => row.dueDate)).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
