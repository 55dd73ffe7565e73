/**
 * Rate conversions. Rates are fractions internally (0.185 = 18.5 %); the
 * catalog quotes effective annual rates (tasa E.A.) in basis points. Powers
 * go through log1p/expm1 so that small rates keep their precision.
 */

/** Payment or liquidation periodicities a rate can be expressed in. */
export type RatePeriodicity = 'monthly' | 'biweekly' | 'quarterly' | 'semiannual';

/** Quincenal: 24 (twice a month) or 26 (every other week) periods a year. */
export type BiweeklyPeriodsPerYear = 24 | 26;

/** Basis points to a fraction: 1850 → 0.185. */
export function bpsToRate(bps: number): number {
  return bps / 10_000;
}

/** How many periods of a periodicity make a year. */
export function periodsPerYear(periodicity: RatePeriodicity, biweekly: BiweeklyPeriodsPerYear = 24): number {
  switch (periodicity) {
    case 'monthly':
      return 12;
    case 'biweekly':
      return biweekly;
    case 'quarterly':
      return 4;
    case 'semiannual':
      return 2;
  }
}

/** Periodic rate equivalent to an E.A. rate: (1 + EA)^(1/n) − 1. */
export function periodicFromEa(ea: number, periodsPerYearCount: number): number {
  return Math.expm1(Math.log1p(ea) / periodsPerYearCount);
}

/** E.A. rate equivalent to a periodic one: (1 + r)^n − 1. */
export function eaFromPeriodic(periodic: number, periodsPerYearCount: number): number {
  return Math.expm1(Math.log1p(periodic) * periodsPerYearCount);
}

/** Rate for a period of d days: (1 + EA)^(d/365) − 1. */
export function rateForDays(ea: number, days: number): number {
  return Math.expm1((Math.log1p(ea) * days) / 365);
}

/** Nominal annual rate for a periodicity (N.M.V. for monthly): periodic rate × periods per year. */
export function nominalFromEa(ea: number, periodsPerYearCount: number): number {
  return periodicFromEa(ea, periodsPerYearCount) * periodsPerYearCount;
}

/** E.A. rate from a nominal annual rate compounded n times a year. */
export function eaFromNominal(nominal: number, periodsPerYearCount: number): number {
  return eaFromPeriodic(nominal / periodsPerYearCount, periodsPerYearCount);
}
