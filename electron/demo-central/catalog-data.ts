import type { Catalog } from '../../shared/contract/central';

/**
 * Festivos de Colombia 2026 and 2027, listed literally. Source: Ley 51 de 1983
 * ("ley Emiliani"), which moves Reyes, San José, San Pedro y San Pablo,
 * Asunción, Día de la Raza, Todos los Santos, Independencia de Cartagena and
 * the Easter-based Ascensión, Corpus Christi and Sagrado Corazón to the
 * following Monday; the rest stay on their date. Easter: 2026-04-05, 2027-03-28.
 */
const colombianHolidays = [
  '2026-01-01', // Año Nuevo
  '2026-01-12', // Reyes Magos
  '2026-03-23', // San José
  '2026-04-02', // Jueves Santo
  '2026-04-03', // Viernes Santo
  '2026-05-01', // Día del Trabajo
  '2026-05-18', // Ascensión del Señor
  '2026-06-08', // Corpus Christi
  '2026-06-15', // Sagrado Corazón
  '2026-06-29', // San Pedro y San Pablo
  '2026-07-20', // Independencia
  '2026-08-07', // Batalla de Boyacá
  '2026-08-17', // Asunción de la Virgen
  '2026-10-12', // Día de la Raza
  '2026-11-02', // Todos los Santos
  '2026-11-16', // Independencia de Cartagena
  '2026-12-08', // Inmaculada Concepción
  '2026-12-25', // Navidad
  '2027-01-01', // Año Nuevo
  '2027-01-11', // Reyes Magos
  '2027-03-22', // San José
  '2027-03-25', // Jueves Santo
  '2027-03-26', // Viernes Santo
  '2027-05-01', // Día del Trabajo
  '2027-05-10', // Ascensión del Señor
  '2027-05-31', // Corpus Christi
  '2027-06-07', // Sagrado Corazón
  '2027-07-05', // San Pedro y San Pablo
  '2027-07-20', // Independencia
  '2027-08-07', // Batalla de Boyacá
  '2027-08-16', // Asunción de la Virgen
  '2027-10-18', // Día de la Raza
  '2027-11-01', // Todos los Santos
  '2027-11-15', // Independencia de Cartagena
  '2027-12-08', // Inmaculada Concepción
  '2027-12-25', // Navidad
];

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
        minTermMonths: 1,
        maxTermMonths: 60,
        periodicities: ['monthly', 'biweekly'],
        biweeklyPeriodsPerYear: 24,
        insuranceMonthlyBps: 5,
        feePerInstallment: 0,
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
        biweeklyPeriodsPerYear: 24,
        insuranceMonthlyBps: 6,
        feePerInstallment: 8_500,
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
        biweeklyPeriodsPerYear: 24,
        insuranceMonthlyBps: 0,
        feePerInstallment: 0,
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
        biweeklyPeriodsPerYear: 26,
        insuranceMonthlyBps: 3,
        feePerInstallment: 0,
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
        biweeklyPeriodsPerYear: 24,
        insuranceMonthlyBps: 0,
        feePerInstallment: 0,
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
        biweeklyPeriodsPerYear: 24,
        insuranceMonthlyBps: 0,
        feePerInstallment: 0,
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
    businessDays: { moveMaturityToNextBusinessDay: true, holidays: [...colombianHolidays] },
  };
}
