import type { IsoDate } from '../domain/dates';
import { civilAddMonths, dayNumberOf, formatCivil, isoOfDayNumber, parseCivil, type CivilDate } from './calendar';
import { bpsToRate, eaFromPeriodic, periodicFromEa, periodsPerYear, type BiweeklyPeriodsPerYear } from './rates';
import { roundCop } from './rounding';

/**
 * Level-installment (French) loan schedule in whole pesos. The installment
 * covers principal and interest; life insurance (on the outstanding balance)
 * and the fixed fee ride on top of it in each payment.
 */

export type LoanPeriodicity = 'monthly' | 'biweekly';

export interface LoanScheduleInput {
  /** Amount lent (COP). */
  readonly amount: number;
  readonly rateEaBps: number;
  readonly termMonths: number;
  readonly periodicity: LoanPeriodicity;
  /** Quincenal periods a year; only for biweekly, default 24. */
  readonly biweeklyPeriodsPerYear?: BiweeklyPeriodsPerYear;
  /** Seguro de vida deudores, basis points of the balance per month; default 0. */
  readonly insuranceMonthlyBps?: number;
  /** COP added to each payment; default 0. */
  readonly feePerInstallment?: number;
  /** Disbursement date; due dates follow it. Without it rows carry dueDate null. */
  readonly startDate?: IsoDate;
}

/** One cuota of the plan de pagos. */
export interface LoanInstallment {
  readonly n: number;
  readonly dueDate: IsoDate | null;
  /** Principal + interest: the level installment, except in the last row. */
  readonly installment: number;
  readonly interest: number;
  readonly principal: number;
  readonly insurance: number;
  readonly fee: number;
  /** What the member pays: installment + insurance + fee. */
  readonly payment: number;
  /** Balance after this installment. */
  readonly balance: number;
}

export interface LoanSchedule {
  /** Installments in the plan: termPeriods, or fewer when rounding pays the loan off early (see loanSchedule). */
  readonly periods: number;
  /** Installments the term asks for (loanPeriods). */
  readonly termPeriods: number;
  readonly periodsPerYear: number;
  readonly periodicRate: number;
  /** N.M.V. for monthly (periodic × 12), the nominal quincenal rate for biweekly. */
  readonly nominalAnnualRate: number;
  /** Level principal + interest installment, rounded. */
  readonly installment: number;
  readonly rows: readonly LoanInstallment[];
  readonly totalInterest: number;
  readonly totalInsurance: number;
  readonly totalFees: number;
  readonly totalPaid: number;
  /**
   * Tasa efectiva real: the IRR of amount out and payments in (insurance and
   * fees included), annualised as E.A.
   */
  readonly effectiveAnnualCostRate: number;
}

/**
 * Installments for a term in months. Biweekly with 24 a year is exactly two a
 * month; with 26 a year, termMonths × 26 / 12 is whole only every 6 months, and
 * it is rounded half up to whole periods (3 months → 6.5 → 7), at least 1.
 */
export function loanPeriods(
  termMonths: number,
  periodicity: LoanPeriodicity,
  biweekly: BiweeklyPeriodsPerYear = 24,
): number {
  if (periodicity === 'monthly') {
    return termMonths;
  }
  return Math.max(1, Math.floor((termMonths * biweekly) / 12 + 0.5));
}

/** The level installment A·r / (1 − (1 + r)^−n), rounded by the rule; A / n at a zero rate. */
export function levelInstallment(amount: number, periodicRate: number, periods: number): number {
  if (periodicRate === 0) {
    return roundCop(amount / periods);
  }
  return roundCop((amount * periodicRate) / (1 - (1 + periodicRate) ** -periods));
}

function dueDateOf(
  start: CivilDate,
  n: number,
  periodicity: LoanPeriodicity,
  biweekly: BiweeklyPeriodsPerYear,
): IsoDate {
  if (periodicity === 'biweekly' && biweekly === 26) {
    return isoOfDayNumber(dayNumberOf(start.year, start.month, start.day) + 14 * n);
  }
  // Monthly: n whole months on. Twice a month: n/2 whole months, and 15 days after that for odd n.
  const months = periodicity === 'monthly' ? n : n >> 1;
  const due = civilAddMonths(start, months);
  if (periodicity === 'monthly' || (n & 1) === 0) {
    return formatCivil(due.year, due.month, due.day);
  }
  return isoOfDayNumber(dayNumberOf(due.year, due.month, due.day) + 15);
}

/**
 * The plan de pagos. Interest per period is roundCop(balance × periodic rate);
 * principal is the level installment minus that interest; the last row takes
 * the balance left, so principal sums to the amount and the balance ends at 0.
 * The installment's own rounding (under half a peso) compounds at the periodic
 * rate: on very long, high-rate loans it can exceed a whole installment. Rounded
 * up, the loan is then paid off before the term (periods < termPeriods);
 * rounded down, the first rows can amortise nothing and the last installment
 * grows. Both need a tiny amount or a long term at a high rate (100,000 over 142
 * months at 34.98 % E.A., 26 quincenas a year: 307 of 308), far outside the catalog's lines.
 */
export function loanSchedule(input: LoanScheduleInput): LoanSchedule {
  const { amount, rateEaBps, termMonths, periodicity, startDate } = input;
  const biweekly = input.biweeklyPeriodsPerYear ?? 24;
  const fee = input.feePerInstallment ?? 0;
  const perYear = periodsPerYear(periodicity, biweekly);
  const periods = loanPeriods(termMonths, periodicity, biweekly);
  const periodicRate = periodicFromEa(bpsToRate(rateEaBps), perYear);
  // Insurance is quoted per month; a biweekly period carries 12/periodsPerYear of it.
  const insuranceRate = (bpsToRate(input.insuranceMonthlyBps ?? 0) * 12) / perYear;
  const installment = levelInstallment(amount, periodicRate, periods);
  const start = startDate === undefined ? null : parseCivil(startDate);

  const rows: LoanInstallment[] = new Array<LoanInstallment>(periods);
  let balance = amount;
  let totalInterest = 0;
  let totalInsurance = 0;
  let count = 0;
  while (count < periods) {
    count += 1;
    const n = count;
    const interest = roundCop(balance * periodicRate);
    const insurance = roundCop(balance * insuranceRate);
    // The last installment takes whatever balance is left, so principal sums to the amount. On very
    // long, high-rate loans an installment rounded up compounds into more than a whole installment
    // and the balance runs out early: that installment is then the last one.
    const last = n === periods || installment - interest >= balance;
    const principal = last ? balance : installment - interest;
    const due = principal + interest;
    balance -= principal;
    totalInterest += interest;
    totalInsurance += insurance;
    rows[n - 1] = {
      n,
      dueDate: start === null ? null : dueDateOf(start, n, periodicity, biweekly),
      installment: due,
      interest,
      principal,
      insurance,
      fee,
      payment: due + insurance + fee,
      balance,
    };
    if (last) {
      break;
    }
  }
  rows.length = count;
  const totalFees = fee * count;
  const totalPaid = amount + totalInterest + totalInsurance + totalFees;
  return {
    periods: count,
    termPeriods: periods,
    periodsPerYear: perYear,
    periodicRate,
    nominalAnnualRate: periodicRate * perYear,
    installment,
    rows,
    totalInterest,
    totalInsurance,
    totalFees,
    totalPaid,
    effectiveAnnualCostRate: eaFromPeriodic(periodicIrr(amount, rows, periodicRate + insuranceRate), perYear),
  };
}

/** Present value of the payments at periodic rate i, and its derivative in i, in one pass. */
function presentValue(rows: readonly LoanInstallment[], i: number): [number, number] {
  const v = 1 / (1 + i);
  let discount = 1;
  let pv = 0;
  let slope = 0;
  for (let k = 0; k < rows.length; k += 1) {
    discount *= v;
    const payment = (rows[k] as LoanInstallment).payment;
    pv += payment * discount;
    slope -= (k + 1) * payment * discount * v;
  }
  return [pv, slope];
}

/**
 * Periodic IRR: the i at which the payments' present value equals the
 * amount lent. Present value falls strictly as i grows, so a bracket [lo, hi]
 * around the root always exists once payments exceed zero; Newton steps are
 * taken when they stay inside the bracket, bisection otherwise.
 */
function periodicIrr(amount: number, rows: readonly LoanInstallment[], guess: number): number {
  if (amount <= 0 || rows.length === 0) {
    return 0;
  }
  let lo = -0.99;
  let hi = Math.max(guess * 2, 0.01);
  while (presentValue(rows, hi)[0] > amount && hi < 1e6) {
    lo = hi;
    hi *= 2;
  }
  let i = Math.min(Math.max(guess, lo), hi);
  for (let iteration = 0; iteration < 100; iteration += 1) {
    const [pv, slope] = presentValue(rows, i);
    const f = pv - amount;
    if (f === 0) {
      return i;
    }
    if (f > 0) {
      lo = i;
    } else {
      hi = i;
    }
    let next = slope === 0 ? Number.NaN : i - f / slope;
    if (!(next > lo && next < hi)) {
      next = (lo + hi) / 2;
    }
    if (Math.abs(next - i) <= 1e-14 * Math.max(1, Math.abs(i))) {
      return next;
    }
    i = next;
  }
  return i;
}
