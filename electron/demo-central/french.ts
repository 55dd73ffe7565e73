import { addDays, addMonths } from '../../shared/domain/dates';

/**
 * Plan de pagos, French system: level installments from the E.A. rate; each
 * installment's interest is rounded to the peso, and the last installment
 * absorbs the rounding so that principal sums to the amount lent exactly.
 */
export interface ScheduledInstallment {
  readonly number: number;
  readonly dueDate: string;
  readonly principal: number;
  readonly interest: number;
  readonly total: number;
}

export function periodRate(rateEaBps: number, periodicity: 'monthly' | 'biweekly'): number {
  return (1 + rateEaBps / 10_000) ** (1 / (periodicity === 'monthly' ? 12 : 24)) - 1;
}

/** Due date of installment k given installment m falls on `anchor`. Biweekly = every 15 days. */
export function dueDate(anchor: string, m: number, k: number, periodicity: 'monthly' | 'biweekly'): string {
  return periodicity === 'monthly' ? addMonths(anchor, k - m) : addDays(anchor, 15 * (k - m));
}

export function frenchSchedule(
  amount: number,
  rateEaBps: number,
  installments: number,
  periodicity: 'monthly' | 'biweekly',
  due: (k: number) => string,
): readonly ScheduledInstallment[] {
  const i = periodRate(rateEaBps, periodicity);
  const level = i === 0 ? Math.round(amount / installments) : Math.round((amount * i) / (1 - (1 + i) ** -installments));
  const out: ScheduledInstallment[] = [];
  let balance = amount;
  for (let k = 1; k <= installments; k += 1) {
    const interest = Math.round(balance * i);
    const principal = k === installments ? balance : Math.min(balance, level - interest);
    balance -= principal;
    out.push({ number: k, dueDate: due(k), principal, interest, total: principal + interest });
  }
  return out;
}
