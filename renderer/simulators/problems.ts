import type { CdatValidation, LoanValidation } from '../../shared/finance';
import { formatCop } from '../i18n/format';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type Failed<V> = Extract<V, { readonly ok: false }>;

/** The plain sentence for a credit simulation out of the line's limits, naming the allowed range. */
export function loanProblem(t: Translate, failed: Failed<LoanValidation>): string {
  const { limits } = failed;
  switch (failed.reason) {
    case 'amount-below-min':
    case 'amount-above-max':
      return t(`simulators.problems.${failed.reason}`, {
        min: formatCop(limits.minAmount),
        max: formatCop(limits.maxAmount),
      });
    case 'term-below-min':
    case 'term-above-max':
      return t(`simulators.problems.${failed.reason}`, {
        min: t('simulators.termMonths', { n: limits.minTermMonths }),
        max: t('simulators.termMonths', { n: limits.maxTermMonths }),
      });
    case 'periodicity-not-offered':
    case 'not-integer':
      return t(`simulators.problems.${failed.reason}`);
  }
}

/** The plain sentence for a CDAT simulation outside the rate table. */
export function cdatProblem(t: Translate, failed: Failed<CdatValidation>): string {
  const { limits } = failed;
  switch (failed.reason) {
    case 'amount-below-min':
    case 'amount-above-max':
      return t(`simulators.problems.${failed.reason}`, {
        min: formatCop(limits.minAmount),
        max: formatCop(limits.maxAmount),
      });
    case 'term-below-min':
    case 'term-above-max':
      return t(`simulators.problems.${failed.reason}`, {
        min: t('simulators.cdat.daysChip', { n: limits.minDays }),
        max: t('simulators.cdat.daysChip', { n: limits.maxDays }),
      });
    case 'no-rate-band':
    case 'liquidation-not-offered':
    case 'liquidation-longer-than-term':
    case 'not-integer':
      return t(`simulators.problems.${failed.reason}`);
  }
}
