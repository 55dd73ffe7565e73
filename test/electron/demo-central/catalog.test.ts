import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../../shared/contract/central/catalog';
import { isBusinessDay, loanSchedule, validateCdatInput, validateLoanInput } from '../../../shared/finance';
import { demoCatalog } from '../../../electron/demo-central/catalog-data';

describe('demo catalog', () => {
  const catalog = demoCatalog('2026-12-01');

  it('is what the contract describes, defaults included', () => {
    expect(catalogSchema.parse(catalog)).toEqual(catalog);
  });

  it('lists 18 Colombian holidays a year for 2026 and 2027, none twice, and moves maturities', () => {
    const { holidays, moveMaturityToNextBusinessDay } = catalog.businessDays;
    expect(moveMaturityToNextBusinessDay).toBe(true);
    expect(new Set(holidays).size).toBe(holidays.length);
    expect(holidays.filter((d) => d.startsWith('2026-'))).toHaveLength(18);
    expect(holidays.filter((d) => d.startsWith('2027-'))).toHaveLength(18);
    // Emiliani holidays fall on Mondays: Reyes 2026 (Jan 6, a Tuesday) is kept on Monday Jan 12.
    expect(holidays).toContain('2026-01-12');
    expect(isBusinessDay('2026-01-12', new Set(holidays))).toBe(false);
  });

  it('has one line with insurance and a fee, and every line simulates at its limits', () => {
    expect(catalog.creditLines.some((l) => l.insuranceMonthlyBps > 0 && l.feePerInstallment > 0)).toBe(true);
    for (const line of catalog.creditLines) {
      for (const periodicity of line.periodicities) {
        for (const [amount, termMonths] of [
          [line.minAmount, line.minTermMonths],
          [line.maxAmount, line.maxTermMonths],
        ] as const) {
          const result = validateLoanInput(line, { amount, termMonths, periodicity });
          expect(result.ok).toBe(true);
          if (result.ok) {
            const s = loanSchedule(result.input);
            expect(s.periods).toBe(s.termPeriods);
            expect(s.rows.at(-1)?.balance).toBe(0);
          }
        }
      }
    }
  });

  it('prices the issue’s CDAT: 5,000,000 for 180 days', () => {
    expect(validateCdatInput(catalog, { amount: 5_000_000, days: 180, liquidation: 'at-maturity' })).toMatchObject({
      ok: true,
      rateEaBps: 950,
      withholdingBps: 700,
    });
  });
});
