import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eaFromPeriodic, loanPeriods, loanSchedule, roundCop, type LoanScheduleInput } from '../../../shared/finance';

/** The closed-form level installment, written out here independently of the code under test. */
function closedFormPmt(amount: number, r: number, n: number): number {
  return roundCop((amount * r) / (1 - (1 + r) ** -n));
}

const loanInput: fc.Arbitrary<LoanScheduleInput> = fc.record({
  amount: fc.integer({ min: 100_000, max: 2_000_000_000 }),
  rateEaBps: fc.integer({ min: 100, max: 6_000 }),
  termMonths: fc.integer({ min: 1, max: 360 }),
  periodicity: fc.constantFrom('monthly' as const, 'biweekly' as const),
  biweeklyPeriodsPerYear: fc.constantFrom(24 as const, 26 as const),
  insuranceMonthlyBps: fc.integer({ min: 0, max: 30 }),
  feePerInstallment: fc.integer({ min: 0, max: 20_000 }),
});

describe('loanSchedule: worked examples', () => {
  it('12,000,000 at 24 % E.A. over 36 months, monthly', () => {
    /*
     * By hand (BRIEF.md: monthly rate (1 + EA)^(1/12) − 1; French annuity A·r / (1 − (1 + r)^−n)):
     *   r = 1.24^(1/12) − 1 = 0.0180875825 (1.8088 % M.V.)
     *   (1 + r)^−36 = 1 / 1.24^3 = 1 / 1.906624 = 0.5244868
     *   PMT = 12,000,000 × 0.0180875825 / (1 − 0.5244868) = 217,050.99 / 0.4755132 = 456,456.73 → $ 456.457
     *   row 1: interest 12,000,000 × r = 217,050.99 → 217,051; principal 456,457 − 217,051 = 239,406
     *   total interest ≈ 36 × 456,456.73 − 12,000,000 = 4,432,442 (± rounding of 36 rows)
     */
    const s = loanSchedule({ amount: 12_000_000, rateEaBps: 2_400, termMonths: 36, periodicity: 'monthly' });
    expect(s.periods).toBe(36);
    expect(s.periodicRate).toBeCloseTo(0.0180875825, 10);
    expect(s.nominalAnnualRate).toBeCloseTo(0.21705099, 8);
    expect(s.installment).toBe(456_457);
    expect(s.rows[0]).toMatchObject({ n: 1, interest: 217_051, principal: 239_406, balance: 11_760_594 });
    expect(Math.abs(s.totalInterest - 4_432_442)).toBeLessThanOrEqual(36);
    expect(s.rows.at(-1)?.balance).toBe(0);
    // No insurance or fees: the real cost is the E.A. itself.
    expect(s.effectiveAnnualCostRate).toBeCloseTo(0.24, 5);
    expect(s.totalPaid).toBe(12_000_000 + s.totalInterest);
  });

  it('adds insurance on the balance and a fee to each payment, and the real cost rises above the E.A.', () => {
    // 10,000,000 at 18.5 % E.A., 12 months, 0.05 % a month insurance: first insurance 10,000,000 × 0.0005 = 5,000.
    const s = loanSchedule({
      amount: 10_000_000,
      rateEaBps: 1_850,
      termMonths: 12,
      periodicity: 'monthly',
      insuranceMonthlyBps: 5,
      feePerInstallment: 8_500,
    });
    expect(s.rows[0]).toMatchObject({ insurance: 5_000, fee: 8_500 });
    expect(s.rows[0]?.payment).toBe(s.installment + 5_000 + 8_500);
    expect(s.totalFees).toBe(12 * 8_500);
    expect(s.totalPaid).toBe(10_000_000 + s.totalInterest + s.totalInsurance + s.totalFees);
    expect(s.effectiveAnnualCostRate).toBeGreaterThan(0.185 + 0.01);
  });

  it('biweekly: 24 a year is two per month, 26 a year rounds half up to whole periods', () => {
    expect(loanPeriods(36, 'biweekly', 24)).toBe(72);
    expect(loanPeriods(12, 'biweekly', 26)).toBe(26);
    expect(loanPeriods(3, 'biweekly', 26)).toBe(7);
    expect(loanPeriods(1, 'biweekly', 26)).toBe(2);
    const s = loanSchedule({ amount: 6_000_000, rateEaBps: 1_850, termMonths: 24, periodicity: 'biweekly' });
    // Quincenal rate 1.185^(1/24) − 1 = 0.0070976; PMT = 6,000,000 × r / (1 − (1 + r)^−48).
    expect(s.periodicRate).toBeCloseTo(0.0070976, 6);
    expect(s.installment).toBe(closedFormPmt(6_000_000, s.periodicRate, 48));
    expect(s.periods).toBe(48);
  });

  it('dates installments from the start date when one is given', () => {
    const monthly = loanSchedule({
      amount: 1_000_000,
      rateEaBps: 1_850,
      termMonths: 3,
      periodicity: 'monthly',
      startDate: '2026-01-31',
    });
    expect(monthly.rows.map((r) => r.dueDate)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
    const twice = loanSchedule({
      amount: 1_000_000,
      rateEaBps: 1_850,
      termMonths: 1,
      periodicity: 'biweekly',
      startDate: '2026-01-01',
    });
    expect(twice.rows.map((r) => r.dueDate)).toEqual(['2026-01-16', '2026-02-01']);
    expect(
      loanSchedule({ amount: 1_000_000, rateEaBps: 1_850, termMonths: 1, periodicity: 'monthly' }).rows[0]?.dueDate,
    ).toBeNull();
  });
});

describe('loanSchedule: properties', () => {
  it('principal sums to the amount, the balance ends at 0, and each row follows the rounding rule', () => {
    fc.assert(
      fc.property(loanInput, (input) => {
        const s = loanSchedule(input);
        const r = s.periodicRate;
        expect(s.rows.length).toBe(s.periods);
        expect(s.periods).toBeLessThanOrEqual(s.termPeriods);
        expect(s.installment).toBe(closedFormPmt(input.amount, r, s.termPeriods));
        let balance = input.amount;
        let principal = 0;
        let interest = 0;
        let insurance = 0;
        let paid = 0;
        // One expect per row would dominate the run time: collect the first broken rule instead.
        let broken: string | null = null;
        s.rows.forEach((row, i) => {
          const rules: [string, boolean][] = [
            ['n', row.n === i + 1],
            ['interest = roundCop(balance × r)', row.interest === roundCop(balance * r)],
            ['level installment', i === s.rows.length - 1 || row.installment === s.installment],
            ['principal = installment − interest', row.principal === row.installment - row.interest],
            ['payment = installment + insurance + fee', row.payment === row.installment + row.insurance + row.fee],
            ['balance', row.balance === balance - row.principal],
            ['integer pesos', Number.isSafeInteger(row.payment) && Number.isSafeInteger(row.insurance)],
          ];
          const failed = rules.find(([, holds]) => !holds);
          if (failed && broken === null) {
            broken = `row ${row.n}: ${failed[0]}`;
          }
          balance -= row.principal;
          principal += row.principal;
          interest += row.interest;
          insurance += row.insurance;
          paid += row.payment;
        });
        expect(broken).toBeNull();
        expect(principal).toBe(input.amount);
        expect(balance).toBe(0);
        expect(s.totalInterest).toBe(interest);
        expect(s.totalInsurance).toBe(insurance);
        expect(s.totalPaid).toBe(paid);
      }),
      { numRuns: 1_000 },
    );
  });

  it('ends early only when the rounded-up installment compounds past the last one', () => {
    fc.assert(
      fc.property(loanInput, (input) => {
        const s = loanSchedule(input);
        if (s.periods < s.termPeriods) {
          const r = s.periodicRate;
          const n = s.termPeriods;
          const exact = (input.amount * r) / (1 - (1 + r) ** -n);
          // Overpayment of each installment grows at r; with the interest rounding (±0.5 a row) it passed a whole installment.
          const drift = (((1 + r) ** n - 1) / r) * (s.installment - exact + 0.5);
          expect(s.installment).toBeGreaterThanOrEqual(exact);
          expect(drift).toBeGreaterThan(s.installment - s.rows.at(-1)!.installment);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the real cost rate is the IRR of the cash flows, and equals the E.A. without insurance or fees', () => {
    fc.assert(
      fc.property(loanInput, (input) => {
        const s = loanSchedule(input);
        const i = (1 + s.effectiveAnnualCostRate) ** (1 / s.periodsPerYear) - 1;
        const pv = s.rows.reduce((sum, row, k) => sum + row.payment / (1 + i) ** (k + 1), 0);
        expect(Math.abs(pv - input.amount) / input.amount).toBeLessThan(1e-9);
        const bare = loanSchedule({ ...input, insuranceMonthlyBps: 0, feePerInstallment: 0 });
        if (bare.periods === bare.termPeriods && input.amount >= 10_000_000) {
          // Only rounding separates the two: a few pesos on millions.
          expect(
            Math.abs(bare.effectiveAnnualCostRate - eaFromPeriodic(s.periodicRate, s.periodsPerYear)),
          ).toBeLessThan(1e-4);
        }
        expect(s.effectiveAnnualCostRate).toBeGreaterThanOrEqual(bare.effectiveAnnualCostRate - 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('is fast: a 2,000-row biweekly schedule well under a few milliseconds', () => {
    const input = { amount: 50_000_000, rateEaBps: 1_200, termMonths: 1_000, periodicity: 'biweekly' as const };
    loanSchedule(input);
    const started = performance.now();
    for (let k = 0; k < 20; k += 1) {
      loanSchedule(input);
    }
    expect(loanSchedule(input).rows.length).toBe(2_000);
    expect((performance.now() - started) / 20).toBeLessThan(5);
  });
});
