import { levelInstallment, loanSchedule, periodicFromEa, type LoanScheduleInput } from '../shared/finance';
import { median, report } from './lib';

/*
 * Finance figures (issue [8]): the time to compute a 360-period monthly
 * schedule and a 2,000-row biweekly one, in µs (median of samples, each
 * sample the mean of a batch so the timer's resolution does not count).
 * Baselines in the same run: the closed-form PMT alone (the floor: what any
 * schedule costs at least) and a naive schedule that recomputes the rate with
 * Math.pow on every row and builds each row by object spread.
 */
const samples = 200;
const batch = 10;

const monthly360: LoanScheduleInput = {
  amount: 120_000_000,
  rateEaBps: 1_450,
  termMonths: 360,
  periodicity: 'monthly',
};
const biweekly2000: LoanScheduleInput = {
  amount: 50_000_000,
  rateEaBps: 1_200,
  termMonths: 1_000,
  periodicity: 'biweekly',
  insuranceMonthlyBps: 5,
  feePerInstallment: 8_500,
};

interface NaiveRow {
  readonly n: number;
  readonly interest: number;
  readonly principal: number;
  readonly balance: number;
  readonly payment: number;
}

/** The schedule as a first draft would write it: same results, no care for the cost. */
function naiveSchedule(input: LoanScheduleInput): NaiveRow[] {
  const perYear = input.periodicity === 'monthly' ? 12 : (input.biweeklyPeriodsPerYear ?? 24);
  const periods = input.periodicity === 'monthly' ? input.termMonths : (input.termMonths * perYear) / 12;
  const rows: NaiveRow[] = [];
  let previous: NaiveRow = { n: 0, interest: 0, principal: 0, balance: input.amount, payment: 0 };
  for (let n = 1; n <= periods; n += 1) {
    const r = Math.pow(1 + input.rateEaBps / 10_000, 1 / perYear) - 1;
    const installment = Math.round((input.amount * r) / (1 - Math.pow(1 + r, -periods)));
    const interest = Math.round(previous.balance * r);
    const principal = n === periods ? previous.balance : installment - interest;
    const row = {
      ...previous,
      n,
      interest,
      principal,
      balance: previous.balance - principal,
      payment: principal + interest,
    };
    rows.push(row);
    previous = row;
  }
  return rows;
}

function medianMicros(run: () => unknown): number {
  for (let i = 0; i < 50; i += 1) {
    run();
  }
  const times: number[] = [];
  for (let s = 0; s < samples; s += 1) {
    const started = performance.now();
    for (let i = 0; i < batch; i += 1) {
      run();
    }
    times.push(((performance.now() - started) * 1_000) / batch);
  }
  return median(times);
}

export function financeBench(): void {
  for (const [label, input, rows] of [
    ['360-period monthly schedule', monthly360, 360],
    ['2,000-row biweekly schedule (insurance and fee, IRR included)', biweekly2000, 2_000],
  ] as const) {
    const schedule = loanSchedule(input);
    if (schedule.rows.length !== rows) {
      throw new Error(`finance bench: ${label} has ${schedule.rows.length} rows`);
    }
    const r = periodicFromEa(input.rateEaBps / 10_000, input.periodicity === 'monthly' ? 12 : 24);
    const pmt = medianMicros(() => levelInstallment(input.amount, r, rows));
    const naive = medianMicros(() => naiveSchedule(input));
    const fast = medianMicros(() => loanSchedule(input));
    const dated = medianMicros(() => loanSchedule({ ...input, startDate: '2026-12-03' }));
    report(`${label} (median of ${samples})`, fast, 'µs', `${(naive / fast).toFixed(1)}× faster than the naive one`);
    report(`${label}, with due dates`, dated, 'µs');
    report(`${label}, naive (Math.pow per row, object spread)`, naive, 'µs', 'baseline');
    report(`closed-form PMT alone, ${rows} periods`, pmt, 'µs', 'baseline');
  }
}
