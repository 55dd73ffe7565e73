import { describe, expect, it } from 'vitest';
import { catalogSchema, creditLineSchema } from '../../../shared/contract/central/catalog';
import { cdatSimulation, loanSchedule, validateCdatInput, validateLoanInput } from '../../../shared/finance';

// Parsed through the contract, so the defaults of the newer fields are the ones the kiosk would see.
const line = creditLineSchema.parse({
  code: 'EDUC',
  name: 'Educativo',
  rateEaBps: 1_480,
  minAmount: 1_000_000,
  maxAmount: 50_000_000,
  minTermMonths: 6,
  maxTermMonths: 36,
  periodicities: ['monthly'],
});

const catalog = catalogSchema.parse({
  validFrom: '2026-12-01',
  creditLines: [line],
  cdatRates: [
    { minAmount: 1_000_000, maxAmount: 19_999_999, minDays: 30, maxDays: 179, rateEaBps: 900 },
    { minAmount: 1_000_000, maxAmount: 19_999_999, minDays: 180, maxDays: 360, rateEaBps: 950 },
    // Large deposits only from 90 days: 30-89 days for 20 million falls in no band.
    { minAmount: 20_000_000, maxAmount: 100_000_000, minDays: 90, maxDays: 360, rateEaBps: 1_000 },
  ],
  cdatLiquidationPeriods: ['monthly', 'quarterly', 'at-maturity'],
  withholding: { savingsInterestBps: 700, cdatInterestBps: 400, savingsDailyExemptInterest: 0, gmfBps: 40 },
  businessDays: { moveMaturityToNextBusinessDay: true, holidays: ['2026-12-25'] },
});

const loanLimits = {
  minAmount: 1_000_000,
  maxAmount: 50_000_000,
  minTermMonths: 6,
  maxTermMonths: 36,
  periodicities: ['monthly'],
};

describe('catalog defaults', () => {
  it('a line without the newer fields gets 24 quincenas, no insurance and no fee; a catalog without business days moves nothing', () => {
    expect(line).toMatchObject({ biweeklyPeriodsPerYear: 24, insuranceMonthlyBps: 0, feePerInstallment: 0 });
    const older: Record<string, unknown> = { ...catalog };
    delete older.businessDays;
    expect(catalogSchema.parse(older).businessDays).toEqual({ moveMaturityToNextBusinessDay: false, holidays: [] });
    expect(creditLineSchema.safeParse({ ...line, biweeklyPeriodsPerYear: 25 }).success).toBe(false);
  });
});

describe('validateLoanInput', () => {
  it.each([
    ['not-integer', { amount: 1_500_000.5, termMonths: 12 }],
    ['not-integer', { amount: 1_500_000, termMonths: 12.5 }],
    ['amount-below-min', { amount: 999_999, termMonths: 12 }],
    ['amount-above-max', { amount: 50_000_001, termMonths: 12 }],
    ['term-below-min', { amount: 1_500_000, termMonths: 5 }],
    ['term-above-max', { amount: 1_500_000, termMonths: 37 }],
  ] as const)('%s', (reason, request) => {
    expect(validateLoanInput(line, { ...request, periodicity: 'monthly' })).toEqual({
      ok: false,
      reason,
      limits: loanLimits,
    });
  });

  it('periodicity-not-offered', () => {
    expect(validateLoanInput(line, { amount: 1_500_000, termMonths: 12, periodicity: 'biweekly' })).toMatchObject({
      ok: false,
      reason: 'periodicity-not-offered',
    });
  });

  it('accepts the limits themselves and hands back an input loanSchedule takes as is', () => {
    for (const request of [
      { amount: 1_000_000, termMonths: 6 },
      { amount: 50_000_000, termMonths: 36 },
    ]) {
      const result = validateLoanInput(line, { ...request, periodicity: 'monthly', startDate: '2026-12-03' });
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.input).toMatchObject({
          ...request,
          rateEaBps: 1_480,
          insuranceMonthlyBps: 0,
          feePerInstallment: 0,
        });
        expect(loanSchedule(result.input).rows.at(-1)?.balance).toBe(0);
      }
    }
  });
});

describe('validateCdatInput', () => {
  const ok = { amount: 5_000_000, days: 180, liquidation: 'monthly' as const };

  it.each([
    ['not-integer', { amount: 5_000_000.25 }],
    ['not-integer', { days: 180.5 }],
    ['amount-below-min', { amount: 999_999 }],
    ['amount-above-max', { amount: 100_000_001 }],
    ['term-below-min', { days: 29 }],
    ['term-above-max', { days: 361 }],
    ['no-rate-band', { amount: 20_000_000, days: 60 }],
    ['liquidation-not-offered', { liquidation: 'semiannual' as const }],
    ['liquidation-longer-than-term', { days: 60, liquidation: 'quarterly' as const }],
  ] as const)('%s', (reason, change) => {
    const result = validateCdatInput(catalog, { ...ok, ...change });
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.limits).toMatchObject({ minAmount: 1_000_000, maxAmount: 100_000_000, minDays: 30, maxDays: 360 });
  });

  it('names the bands that take the amount, for the sentence about which terms are on offer', () => {
    const result = validateCdatInput(catalog, { ...ok, amount: 20_000_000, days: 60 });
    expect(result.limits.bandsForAmount).toEqual([catalog.cdatRates[2]]);
  });

  it('returns the band, the rate and the withholding that cdatSimulation needs', () => {
    const result = validateCdatInput(catalog, ok);
    expect(result).toMatchObject({ ok: true, band: catalog.cdatRates[1], rateEaBps: 950, withholdingBps: 400 });
    if (result.ok) {
      const s = cdatSimulation({ ...ok, ...result, today: '2026-06-28' });
      expect(s.maturityDate).toBe('2026-12-28');
    }
  });
});
