import { z } from 'zod';
import { isoDateSchema } from './central/common';
import { cdatLiquidationSchema, periodicitySchema } from './central';
import { printTargetSchema } from './kiosk-print';

/**
 * A simulation as the page ran it: the member's figures and the catalog
 * values it used (the cached catalog when the centre is down). Main checks
 * the bounds and computes it again with shared/finance to print it, so paper
 * never shows a figure the page made up. Informative: no verification code.
 */
const copAmount = z.number().int().min(1).max(100_000_000_000);
const rateBps = z.number().int().min(1).max(20_000);

export const loanSimulationParamsSchema = z
  .object({
    kind: z.literal('loan'),
    lineName: z.string().min(1).max(80),
    rateEaBps: rateBps,
    amount: copAmount,
    termMonths: z.number().int().min(1).max(480),
    periodicity: periodicitySchema,
    biweeklyPeriodsPerYear: z.union([z.literal(24), z.literal(26)]),
    insuranceMonthlyBps: z.number().int().min(0).max(1_000),
    feePerInstallment: z.number().int().min(0).max(10_000_000),
    ratesAsOf: isoDateSchema,
  })
  .strict();

export const cdatSimulationParamsSchema = z
  .object({
    kind: z.literal('cdat'),
    amount: copAmount,
    days: z.number().int().min(1).max(3_660),
    liquidation: cdatLiquidationSchema,
    rateEaBps: rateBps,
    withholdingBps: z.number().int().min(0).max(10_000),
    moveMaturityToNextBusinessDay: z.boolean(),
    holidays: z.array(isoDateSchema).max(200),
    ratesAsOf: isoDateSchema,
  })
  .strict();

export const simulationParamsSchema = z.discriminatedUnion('kind', [
  loanSimulationParamsSchema,
  cdatSimulationParamsSchema,
]);

export const printSimulationRequestSchema = z
  .object({ simulation: simulationParamsSchema, target: printTargetSchema })
  .strict();

export const printSimulationResultSchema = z.object({
  outcome: z.literal('printed'),
  target: printTargetSchema,
  /** Laser pages, or receipt length in lines. */
  pages: z.number().int().min(0),
  virtualCopy: z.object({ previewLines: z.array(z.string()) }).nullable(),
});

export type LoanSimulationParams = z.output<typeof loanSimulationParamsSchema>;
export type CdatSimulationParams = z.output<typeof cdatSimulationParamsSchema>;
export type SimulationParams = z.output<typeof simulationParamsSchema>;
export type PrintSimulationRequest = z.output<typeof printSimulationRequestSchema>;
export type PrintSimulationResult = z.output<typeof printSimulationResultSchema>;
