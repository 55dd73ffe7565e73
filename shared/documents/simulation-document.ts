import type { SimulationParams } from '../contract/kiosk-simulation';
import { bogotaToday } from '../domain/dates';
import { cdatSimulation, loanSchedule, type CdatSimulation, type LoanSchedule } from '../finance';
import type { StatementDocument } from './statement-document';

/** The sentence every simulation carries, on screen and on paper. */
export const simulationDisclaimer = 'Esta simulación es informativa y no constituye una oferta.';

/**
 * A simulation as it is printed: the figures are computed here, in main,
 * from the parameters the page sent (bounded by the bridge schema) with the
 * same shared/finance code the screen used. Informative: no verification code.
 */
export type SimulationDocument = Pick<StatementDocument, 'cooperative' | 'branch' | 'terminalId' | 'issuedAt'> & {
  readonly kind: 'simulation';
  readonly member: { readonly fullName: string; readonly documentMasked: string };
  readonly result:
    | {
        readonly kind: 'loan';
        readonly params: Extract<SimulationParams, { kind: 'loan' }>;
        readonly schedule: LoanSchedule;
      }
    | {
        readonly kind: 'cdat';
        readonly params: Extract<SimulationParams, { kind: 'cdat' }>;
        readonly cdat: CdatSimulation;
      };
};

export function simulationDocument(
  params: SimulationParams,
  context: Omit<SimulationDocument, 'kind' | 'result'>,
): SimulationDocument {
  if (params.kind === 'loan') {
    const schedule = loanSchedule({
      amount: params.amount,
      rateEaBps: params.rateEaBps,
      termMonths: params.termMonths,
      periodicity: params.periodicity,
      biweeklyPeriodsPerYear: params.biweeklyPeriodsPerYear,
      insuranceMonthlyBps: params.insuranceMonthlyBps,
      feePerInstallment: params.feePerInstallment,
    });
    return { ...context, kind: 'simulation', result: { kind: 'loan', params, schedule } };
  }
  const cdat = cdatSimulation({
    amount: params.amount,
    days: params.days,
    liquidation: params.liquidation,
    rateEaBps: params.rateEaBps,
    withholdingBps: params.withholdingBps,
    today: bogotaToday(new Date(context.issuedAt)),
    businessDays: { moveMaturityToNextBusinessDay: params.moveMaturityToNextBusinessDay, holidays: params.holidays },
  });
  return { ...context, kind: 'simulation', result: { kind: 'cdat', params, cdat } };
}

/** Spanish names of what was simulated, shared by the receipt and the letter page. */
export const periodicityNames = { monthly: 'Mensual', biweekly: 'Quincenal' } as const;
export const liquidationNames = {
  monthly: 'Mensual',
  quarterly: 'Trimestral',
  semiannual: 'Semestral',
  'at-maturity': 'Al vencimiento',
} as const;
