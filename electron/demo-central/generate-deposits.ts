import { addDays, addMonths } from '../../shared/domain/dates';
import type { CdatRecord } from './generate-cdats';
import { interestForDays } from './generate-cdats';
import { LedgerBuilder, type LedgerMovement } from './ledger';
import type { SavingsSpec } from './personas';
import type { Prng } from './prng';

const depositTexts = [
  'Consignación en efectivo',
  'Transferencia recibida',
  'Consignación por ventanilla',
  'Abono transferencia ACH',
];
const withdrawalTexts = [
  'Retiro cajero automático',
  'Compra con tarjeta débito',
  'Retiro por ventanilla',
  'Transferencia enviada',
  'Pago de servicios públicos',
];

function isMonthEnd(date: string): boolean {
  return addDays(date, 1).slice(8) === '01';
}

function randomMovement(ledger: LedgerBuilder, prng: Prng, date: string): void {
  const canWithdraw = ledger.balance >= 20_000;
  if (!canWithdraw || prng.next() < 0.4) {
    ledger.add(date, prng.pick(depositTexts), 0, prng.int(20, 600) * 1_000);
  } else {
    const amount = Math.min(prng.int(10, 400) * 1_000, Math.floor(ledger.balance / 1_000) * 1_000);
    ledger.add(date, prng.pick(withdrawalTexts), amount, 0);
  }
}

/**
 * Ahorro a la vista, day by day: opening deposit, payroll, random movements,
 * CDAT interest paid into it, and at each month end the interest and the
 * withholding tax on it (retención en la fuente).
 */
export function generateSavings(
  spec: SavingsSpec,
  openedOn: string,
  today: string,
  prng: Prng,
  withholdingBps: number,
  cdats: readonly CdatRecord[],
): readonly LedgerMovement[] {
  const ledger = new LedgerBuilder('deposit');
  const cdatPayments = new Map<string, { cdat: CdatRecord; interest: number; withholding: number }[]>();
  for (const cdat of cdats) {
    for (const l of cdat.liquidations) {
      cdatPayments.set(l.date, [...(cdatPayments.get(l.date) ?? []), { cdat, ...l }]);
    }
  }
  ledger.add(openedOn, 'Apertura de cuenta', 0, spec.openingDeposit);
  for (let date = addDays(openedOn, 1); date <= today; date = addDays(date, 1)) {
    if (spec.payroll > 0 && date.slice(8) === '25') {
      ledger.add(date, 'Abono de nómina', 0, spec.payroll);
    }
    for (const p of cdatPayments.get(date) ?? []) {
      ledger.add(date, `Intereses CDAT ${p.cdat.accountNumber}`, 0, p.interest, 'cdat-interest');
      ledger.add(date, `Retención en la fuente CDAT ${p.cdat.accountNumber}`, p.withholding, 0, 'cdat-withholding');
    }
    const count = spec.activity === 'heavy' ? prng.int(2, 4) : prng.next() < 0.12 ? 1 : 0;
    for (let i = 0; i < count; i += 1) {
      randomMovement(ledger, prng, date);
    }
    if (isMonthEnd(date) && date < today) {
      const interest = interestForDays(ledger.balance, spec.rateEaBps, Number(date.slice(8)));
      ledger.add(date, 'Intereses del mes', 0, interest, 'interest');
      ledger.add(date, 'Retención en la fuente', Math.round((interest * withholdingBps) / 10_000), 0, 'withholding');
    }
  }
  return ledger.movements;
}

/** Aportes sociales: an initial payment, the monthly fee, and the yearly revaluation the assembly approves. */
export function generateContributions(
  monthlyFee: number,
  memberSince: string,
  today: string,
): readonly LedgerMovement[] {
  const ledger = new LedgerBuilder('deposit');
  ledger.add(memberSince, 'Aporte inicial', 0, monthlyFee * 2);
  for (let month = 1; ; month += 1) {
    const date = addMonths(memberSince, month);
    if (date > today) {
      break;
    }
    if (date.slice(5, 7) === '03') {
      ledger.add(date, 'Revalorización de aportes', 0, Math.round(ledger.balance * 0.03));
    }
    ledger.add(date, 'Aporte mensual', 0, monthlyFee);
  }
  return ledger.movements;
}
