import { addDays } from '../../shared/domain/dates';
import type { CdatLiquidation } from '../../shared/contract/central';
import type { CdatSpec } from './personas';

/** One CDAT term; the demo member renews it at every maturity. */
export interface CdatRecord {
  readonly id: string;
  readonly accountNumber: string;
  readonly amount: number;
  readonly rateEaBps: number;
  readonly termDays: number;
  readonly openedOn: string;
  readonly maturesOn: string;
  readonly liquidation: CdatLiquidation;
  /** Interest paid into the member's savings account, and the tax withheld from it. */
  readonly liquidations: readonly { readonly date: string; readonly interest: number; readonly withholding: number }[];
}

const periodDays: Readonly<Record<CdatLiquidation, number | null>> = {
  monthly: 30,
  quarterly: 90,
  semiannual: 180,
  'at-maturity': null,
};

/** Interest for `days` at an E.A. rate: amount × ((1 + EA)^(days/365) − 1), rounded once to the peso. */
export function interestForDays(amount: number, rateEaBps: number, days: number): number {
  return Math.round(amount * ((1 + rateEaBps / 10_000) ** (days / 365) - 1));
}

export function generateCdats(
  spec: CdatSpec,
  firstOpening: string,
  today: string,
  accountBase: number,
  withholdingBps: number,
): readonly CdatRecord[] {
  const out: CdatRecord[] = [];
  for (let openedOn = firstOpening, n = 1; openedOn <= today; openedOn = addDays(openedOn, spec.termDays), n += 1) {
    const maturesOn = addDays(openedOn, spec.termDays);
    const step = periodDays[spec.liquidation] ?? spec.termDays;
    const liquidations: { date: string; interest: number; withholding: number }[] = [];
    for (let day = step; day <= spec.termDays; day += step) {
      const interest = interestForDays(spec.amount, spec.rateEaBps, step);
      liquidations.push({
        date: addDays(openedOn, day),
        interest,
        withholding: Math.round((interest * withholdingBps) / 10_000),
      });
    }
    out.push({
      id: `CDAT-${accountBase}-${n}`,
      accountNumber: `3001-${String(accountBase * 100 + n).padStart(6, '0')}`,
      amount: spec.amount,
      rateEaBps: spec.rateEaBps,
      termDays: spec.termDays,
      openedOn,
      maturesOn,
      liquidation: spec.liquidation,
      liquidations,
    });
  }
  return out;
}
