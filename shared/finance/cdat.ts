import { addDays, addMonths, daysBetween, type IsoDate } from '../domain/dates';
import { nextBusinessDay } from './business-days';
import { bpsToRate, nominalFromEa, periodicFromEa, periodsPerYear, rateForDays } from './rates';
import { roundCop } from './rounding';

/**
 * CDAT (certificado de depósito de ahorro a término) simulation. Interest is
 * paid out at the end of each liquidation period, not capitalised: every
 * period earns on the amount deposited, (1 + EA)^(d/365) − 1 for its d days.
 */

/** Liquidación de intereses. */
export type CdatLiquidationPeriod = 'monthly' | 'quarterly' | 'semiannual' | 'at-maturity';

export interface CdatBusinessDays {
  readonly moveMaturityToNextBusinessDay: boolean;
  readonly holidays: readonly IsoDate[];
}

export interface CdatSimulationInput {
  readonly amount: number;
  /** Term (plazo) in calendar days. */
  readonly days: number;
  readonly liquidation: CdatLiquidationPeriod;
  readonly rateEaBps: number;
  /** Retención en la fuente on the interest, basis points. */
  readonly withholdingBps: number;
  /** Opening date 'YYYY-MM-DD' (Bogotá). */
  readonly today: IsoDate;
  readonly businessDays?: CdatBusinessDays;
}

export interface CdatPeriod {
  readonly n: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly days: number;
  readonly interest: number;
  readonly withholding: number;
  /** Interest − withholding: what the member receives for the period. */
  readonly net: number;
}

export interface CdatSimulation {
  readonly rateEaBps: number;
  /** Rate of one liquidation period; for at-maturity, of the whole term ((1 + EA)^(days/365) − 1). */
  readonly periodicRate: number;
  /** Periodic rate × periods a year (N.M.V. for monthly; for at-maturity, × 365 / days). */
  readonly nominalAnnualRate: number;
  readonly periods: readonly CdatPeriod[];
  readonly totalInterest: number;
  readonly totalWithholding: number;
  readonly totalNet: number;
  /** The day the deposit and the last interest are paid. */
  readonly maturityDate: IsoDate;
  /** True when the term ended on a weekend or holiday and payment moved to the next business day. */
  readonly maturityMoved: boolean;
}

const monthsPerPeriod = { monthly: 1, quarterly: 3, semiannual: 6 } as const;

export function cdatSimulation(input: CdatSimulationInput): CdatSimulation {
  const { amount, days, liquidation, rateEaBps, withholdingBps, today } = input;
  const ea = bpsToRate(rateEaBps);
  const withholdingRate = bpsToRate(withholdingBps);
  const termEnd = addDays(today, days);
  const periods: CdatPeriod[] = [];
  let totalInterest = 0;
  let totalWithholding = 0;
  let from = today;
  for (let n = 1; from < termEnd; n += 1) {
    // Each end is counted from the opening date (Jan 31 → Feb 28 → Mar 31), so month-end clamping never drifts.
    const scheduled = liquidation === 'at-maturity' ? termEnd : addMonths(today, n * monthsPerPeriod[liquidation]);
    const to = scheduled < termEnd ? scheduled : termEnd;
    const length = daysBetween(from, to);
    const interest = roundCop(amount * rateForDays(ea, length));
    const withholding = roundCop(interest * withholdingRate);
    periods.push({ n, from, to, days: length, interest, withholding, net: interest - withholding });
    totalInterest += interest;
    totalWithholding += withholding;
    from = to;
  }
  // Interest runs to the end of the term; a maturity on a non-business day only moves the payment.
  const businessDays = input.businessDays;
  const maturityDate = businessDays?.moveMaturityToNextBusinessDay
    ? nextBusinessDay(termEnd, new Set(businessDays.holidays))
    : termEnd;
  const perYear = liquidation === 'at-maturity' ? 365 / days : periodsPerYear(liquidation);
  const periodicRate = liquidation === 'at-maturity' ? rateForDays(ea, days) : periodicFromEa(ea, perYear);
  return {
    rateEaBps,
    periodicRate,
    nominalAnnualRate: liquidation === 'at-maturity' ? periodicRate * perYear : nominalFromEa(ea, perYear),
    periods,
    totalInterest,
    totalWithholding,
    totalNet: totalInterest - totalWithholding,
    maturityDate,
    maturityMoved: maturityDate !== termEnd,
  };
}
