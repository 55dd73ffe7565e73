import { addDays, daysBetween } from '../../shared/domain/dates';
import { dueDate, frenchSchedule, type ScheduledInstallment } from './french';
import { LedgerBuilder, type LedgerMovement } from './ledger';
import type { LoanSpec } from './personas';

export interface LoanRecord {
  readonly id: string;
  readonly lineCode: string;
  readonly lineName: string;
  readonly rateEaBps: number;
  readonly accountNumber: string;
  readonly amount: number;
  readonly periodicity: 'monthly' | 'biweekly';
  readonly disbursedOn: string;
  readonly schedule: readonly ScheduledInstallment[];
  /** Numbers of the installments paid (on their due date). */
  readonly paid: ReadonlySet<number>;
  readonly movements: readonly LedgerMovement[];
}

export function generateLoan(
  spec: LoanSpec,
  line: { readonly name: string; readonly rateEaBps: number },
  today: string,
  id: string,
  accountNumber: string,
): LoanRecord {
  const anchor = addDays(today, spec.anchorOffsetDays);
  const due = (k: number): string => dueDate(anchor, spec.anchorInstallment, k, spec.periodicity);
  const schedule = frenchSchedule(spec.amount, line.rateEaBps, spec.installments, spec.periodicity, due);
  const disbursedOn = due(0);
  const ledger = new LedgerBuilder('loan');
  ledger.add(disbursedOn, 'Desembolso del crédito', spec.amount, 0, 'disbursement');
  const paid = new Set<number>();
  for (const inst of schedule) {
    const missed = spec.unpaidFromAnchor && inst.number >= spec.anchorInstallment;
    if (inst.dueDate > today || missed) {
      continue;
    }
    paid.add(inst.number);
    const label = `${inst.number}/${spec.installments}`;
    ledger.add(inst.dueDate, `Interés corriente cuota ${label}`, inst.interest, 0, 'loan-interest');
    ledger.add(inst.dueDate, `Pago cuota ${label}`, 0, inst.total, 'loan-payment');
  }
  return {
    id,
    lineCode: spec.lineCode,
    lineName: line.name,
    rateEaBps: line.rateEaBps,
    accountNumber,
    amount: spec.amount,
    periodicity: spec.periodicity,
    disbursedOn,
    schedule,
    paid,
    movements: ledger.movements,
  };
}

/** Overdue installments (due before today, unpaid), their total and the days since the oldest. */
export function arrears(
  loan: LoanRecord,
  today: string,
): {
  readonly daysPastDue: number;
  readonly overdueAmount: number;
  readonly overdueInterest: number;
  readonly installments: number;
  readonly since: string | null;
} {
  const overdue = loan.schedule.filter((i) => !loan.paid.has(i.number) && i.dueDate < today);
  const oldest = overdue[0];
  return {
    daysPastDue: oldest ? daysBetween(oldest.dueDate, today) : 0,
    overdueAmount: overdue.reduce((s, i) => s + i.total, 0),
    overdueInterest: overdue.reduce((s, i) => s + i.interest, 0),
    installments: overdue.length,
    since: oldest?.dueDate ?? null,
  };
}
