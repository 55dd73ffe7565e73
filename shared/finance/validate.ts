import type { Catalog, CdatRate, CreditLine } from '../contract/central/catalog';
import type { CdatBusinessDays, CdatLiquidationPeriod } from './cdat';
import type { LoanPeriodicity, LoanScheduleInput } from './loan';

/**
 * Checks a simulation request against the catalog before any math runs. A
 * failure names one typed reason and the limits, so the screen can say
 * "entre $ 1.000.000 y $ 50.000.000" in its own words.
 */

export type LoanInputProblem =
  | 'not-integer'
  | 'amount-below-min'
  | 'amount-above-max'
  | 'term-below-min'
  | 'term-above-max'
  | 'periodicity-not-offered';

export interface LoanLimits {
  readonly minAmount: number;
  readonly maxAmount: number;
  readonly minTermMonths: number;
  readonly maxTermMonths: number;
  readonly periodicities: readonly LoanPeriodicity[];
}

export interface LoanRequest {
  readonly amount: number;
  readonly termMonths: number;
  readonly periodicity: LoanPeriodicity;
  readonly startDate?: string;
}

export type LoanValidation =
  | { readonly ok: true; readonly input: LoanScheduleInput; readonly limits: LoanLimits }
  | { readonly ok: false; readonly reason: LoanInputProblem; readonly limits: LoanLimits };

export function validateLoanInput(line: CreditLine, request: LoanRequest): LoanValidation {
  const limits: LoanLimits = {
    minAmount: line.minAmount,
    maxAmount: line.maxAmount,
    minTermMonths: line.minTermMonths,
    maxTermMonths: line.maxTermMonths,
    periodicities: line.periodicities,
  };
  const reason = loanProblem(limits, request);
  if (reason) {
    return { ok: false, reason, limits };
  }
  return {
    ok: true,
    limits,
    input: {
      amount: request.amount,
      termMonths: request.termMonths,
      periodicity: request.periodicity,
      rateEaBps: line.rateEaBps,
      biweeklyPeriodsPerYear: line.biweeklyPeriodsPerYear,
      insuranceMonthlyBps: line.insuranceMonthlyBps,
      feePerInstallment: line.feePerInstallment,
      ...(request.startDate === undefined ? {} : { startDate: request.startDate }),
    },
  };
}

function loanProblem(limits: LoanLimits, request: LoanRequest): LoanInputProblem | null {
  if (!Number.isSafeInteger(request.amount) || !Number.isSafeInteger(request.termMonths)) {
    return 'not-integer';
  }
  if (request.amount < limits.minAmount) {
    return 'amount-below-min';
  }
  if (request.amount > limits.maxAmount) {
    return 'amount-above-max';
  }
  if (request.termMonths < limits.minTermMonths) {
    return 'term-below-min';
  }
  if (request.termMonths > limits.maxTermMonths) {
    return 'term-above-max';
  }
  if (!limits.periodicities.includes(request.periodicity)) {
    return 'periodicity-not-offered';
  }
  return null;
}

export type CdatInputProblem =
  | 'not-integer'
  | 'amount-below-min'
  | 'amount-above-max'
  | 'term-below-min'
  | 'term-above-max'
  | 'no-rate-band'
  | 'liquidation-not-offered'
  | 'liquidation-longer-than-term';

/** The catalog's overall CDAT ranges (over every band) and the liquidation periods it offers. */
export interface CdatLimits {
  readonly minAmount: number;
  readonly maxAmount: number;
  readonly minDays: number;
  readonly maxDays: number;
  readonly liquidations: readonly CdatLiquidationPeriod[];
  /** Bands that take the amount asked for (empty when none does): their terms are the ones on offer. */
  readonly bandsForAmount: readonly CdatRate[];
}

export interface CdatRequest {
  readonly amount: number;
  readonly days: number;
  readonly liquidation: CdatLiquidationPeriod;
}

export type CdatValidation =
  | {
      readonly ok: true;
      /** The rate-table row the amount and term fall in. */
      readonly band: CdatRate;
      readonly rateEaBps: number;
      readonly withholdingBps: number;
      readonly businessDays: CdatBusinessDays;
      readonly limits: CdatLimits;
    }
  | { readonly ok: false; readonly reason: CdatInputProblem; readonly limits: CdatLimits };

/** Shortest term, in days, a liquidation period needs: a term shorter than one period cannot be liquidated so. */
const liquidationMinDays: Readonly<Record<CdatLiquidationPeriod, number>> = {
  monthly: 30,
  quarterly: 90,
  semiannual: 180,
  'at-maturity': 1,
};

export function validateCdatInput(catalog: Catalog, request: CdatRequest): CdatValidation {
  const bands = catalog.cdatRates;
  const limits: CdatLimits = {
    minAmount: Math.min(...bands.map((b) => b.minAmount)),
    maxAmount: Math.max(...bands.map((b) => b.maxAmount)),
    minDays: Math.min(...bands.map((b) => b.minDays)),
    maxDays: Math.max(...bands.map((b) => b.maxDays)),
    liquidations: catalog.cdatLiquidationPeriods,
    bandsForAmount: bands.filter((b) => request.amount >= b.minAmount && request.amount <= b.maxAmount),
  };
  const fail = (reason: CdatInputProblem): CdatValidation => ({ ok: false, reason, limits });
  if (!Number.isSafeInteger(request.amount) || !Number.isSafeInteger(request.days)) {
    return fail('not-integer');
  }
  if (bands.length === 0 || request.amount < limits.minAmount) {
    return fail('amount-below-min');
  }
  if (request.amount > limits.maxAmount) {
    return fail('amount-above-max');
  }
  if (request.days < limits.minDays) {
    return fail('term-below-min');
  }
  if (request.days > limits.maxDays) {
    return fail('term-above-max');
  }
  const band = limits.bandsForAmount.find((b) => request.days >= b.minDays && request.days <= b.maxDays);
  if (!band) {
    return fail('no-rate-band');
  }
  if (!catalog.cdatLiquidationPeriods.includes(request.liquidation)) {
    return fail('liquidation-not-offered');
  }
  if (request.days < liquidationMinDays[request.liquidation]) {
    return fail('liquidation-longer-than-term');
  }
  return {
    ok: true,
    band,
    rateEaBps: band.rateEaBps,
    withholdingBps: catalog.withholding.cdatInterestBps,
    businessDays: catalog.businessDays,
    limits,
  };
}
