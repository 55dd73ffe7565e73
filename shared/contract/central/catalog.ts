import { cdatLiquidationSchema } from './members';
import { copNonNegativeSchema, isoDateSchema, periodicitySchema, rateEaBpsSchema } from './common';
import { z } from './zod';

/**
 * Products and rates in force (tarifas vigentes): the simulators use it, and
 * the kiosk caches it for when the centre is down. Rates and tax figures are
 * data sent by the centre, never constants in the kiosk.
 */

/** Línea de crédito. */
export const creditLineSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    rateEaBps: rateEaBpsSchema,
    minAmount: copNonNegativeSchema,
    maxAmount: copNonNegativeSchema,
    minTermMonths: z.number().int().positive(),
    maxTermMonths: z.number().int().positive(),
    periodicities: z.array(periodicitySchema).min(1),
    /** Quincenal: 24 installments a year (two a month) or 26 (every other week), as the line says. */
    biweeklyPeriodsPerYear: z.union([z.literal(24), z.literal(26)]).default(24),
    /** Seguro de vida deudores: basis points of the outstanding balance per month (5 = 0.05 %). */
    insuranceMonthlyBps: z.number().int().min(0).max(10_000).default(0),
    /** Fixed charge added to each installment (COP), e.g. a collection fee. */
    feePerInstallment: copNonNegativeSchema.default(0),
  })
  .openapi('CreditLine');
export type CreditLine = z.infer<typeof creditLineSchema>;

/** One row of the CDAT rate table: the rate for an amount and term band. */
export const cdatRateSchema = z
  .object({
    minAmount: copNonNegativeSchema,
    maxAmount: copNonNegativeSchema,
    minDays: z.number().int().positive(),
    maxDays: z.number().int().positive(),
    rateEaBps: rateEaBpsSchema,
  })
  .openapi('CdatRate');
export type CdatRate = z.infer<typeof cdatRateSchema>;

/** Retención en la fuente por rendimientos financieros, in basis points of the interest. */
export const withholdingRatesSchema = z
  .object({
    savingsInterestBps: z.number().int().min(0).max(10_000),
    cdatInterestBps: z.number().int().min(0).max(10_000),
    /** Daily interest below which savings interest is not withheld (COP). */
    savingsDailyExemptInterest: copNonNegativeSchema,
    /** Gravamen a los movimientos financieros (4 por mil), in basis points. */
    gmfBps: z.number().int().min(0).max(10_000),
  })
  .openapi('WithholdingRates');
export type WithholdingRates = z.infer<typeof withholdingRatesSchema>;

/** Días hábiles: whether a maturity falling on a weekend or holiday moves to the next business day. */
export const businessDaysSchema = z
  .object({
    moveMaturityToNextBusinessDay: z.boolean(),
    /** Festivos, as the centre knows them (Colombian holidays move by law, so they are data). */
    holidays: z.array(isoDateSchema),
  })
  .openapi('BusinessDays');
export type BusinessDays = z.infer<typeof businessDaysSchema>;

export const catalogSchema = z
  .object({
    validFrom: isoDateSchema,
    creditLines: z.array(creditLineSchema),
    cdatRates: z.array(cdatRateSchema),
    cdatLiquidationPeriods: z.array(cdatLiquidationSchema),
    withholding: withholdingRatesSchema,
    /** Absent from older centres and caches: then nothing moves. */
    businessDays: businessDaysSchema.default({ moveMaturityToNextBusinessDay: false, holidays: [] }),
  })
  .openapi('Catalog');
export type Catalog = z.infer<typeof catalogSchema>;
