import type { Catalog } from '../../shared/contract/central';

/**
 * The demo cooperative's products and rates, figures in the range Colombian
 * cooperatives published in 2025-2026. Data the centre sends; the kiosk never
 * hard-codes any of it.
 */
export function demoCatalog(validFrom: string): Catalog {
  return {
    validFrom,
    creditLines: [
      {
        code: 'LIBRE',
        name: 'Libre inversión',
        rateEaBps: 1_980,
        minAmount: 1_000_000,
        maxAmount: 60_000_000,
        minTermMonths: 6,
        maxTermMonths: 72,
        periodicities: ['monthly', 'biweekly'],
      },
      {
        code: 'VEHI',
        name: 'Vehículo',
        rateEaBps: 1_650,
        minAmount: 10_000_000,
        maxAmount: 150_000_000,
        minTermMonths: 12,
        maxTermMonths: 72,
        periodicities: ['monthly'],
      },
      {
        code: 'EDUC',
        name: 'Educativo',
        rateEaBps: 1_480,
        minAmount: 500_000,
        maxAmount: 30_000_000,
        minTermMonths: 3,
        maxTermMonths: 36,
        periodicities: ['monthly', 'biweekly'],
      },
      {
        code: 'VIVI',
        name: 'Vivienda',
        rateEaBps: 1_450,
        minAmount: 20_000_000,
        maxAmount: 300_000_000,
        minTermMonths: 60,
        maxTermMonths: 180,
        periodicities: ['monthly', 'biweekly'],
      },
      {
        code: 'CALAM',
        name: 'Calamidad doméstica',
        rateEaBps: 1_420,
        minAmount: 300_000,
        maxAmount: 8_000_000,
        minTermMonths: 3,
        maxTermMonths: 24,
        periodicities: ['monthly', 'biweekly'],
      },
      {
        code: 'ROTA',
        name: 'Crédito rotativo',
        rateEaBps: 2_350,
        minAmount: 200_000,
        maxAmount: 5_000_000,
        minTermMonths: 1,
        maxTermMonths: 12,
        periodicities: ['monthly'],
      },
    ],
    cdatRates: [
      { minAmount: 1_000_000, maxAmount: 19_999_999, minDays: 30, maxDays: 179, rateEaBps: 900 },
      { minAmount: 1_000_000, maxAmount: 19_999_999, minDays: 180, maxDays: 359, rateEaBps: 950 },
      { minAmount: 1_000_000, maxAmount: 19_999_999, minDays: 360, maxDays: 720, rateEaBps: 1_000 },
      { minAmount: 20_000_000, maxAmount: 99_999_999, minDays: 30, maxDays: 179, rateEaBps: 940 },
      { minAmount: 20_000_000, maxAmount: 99_999_999, minDays: 180, maxDays: 359, rateEaBps: 1_000 },
      { minAmount: 20_000_000, maxAmount: 99_999_999, minDays: 360, maxDays: 720, rateEaBps: 1_050 },
      { minAmount: 100_000_000, maxAmount: 2_000_000_000, minDays: 30, maxDays: 179, rateEaBps: 980 },
      { minAmount: 100_000_000, maxAmount: 2_000_000_000, minDays: 180, maxDays: 359, rateEaBps: 1_040 },
      { minAmount: 100_000_000, maxAmount: 2_000_000_000, minDays: 360, maxDays: 720, rateEaBps: 1_100 },
    ],
    cdatLiquidationPeriods: ['monthly', 'quarterly', 'semiannual', 'at-maturity'],
    withholding: { savingsInterestBps: 700, cdatInterestBps: 700, savingsDailyExemptInterest: 0, gmfBps: 40 },
  };
}
