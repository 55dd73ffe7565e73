import type { CdatStatement, Movement, Statement } from '../../../../../shared/contract/central/statement';

/** One product of the statement as its summary row needs it: the four figures a bank reads. */
export interface ProductFigures {
  readonly label: string;
  readonly openingBalance: number;
  readonly debits: number;
  readonly credits: number;
  readonly closingBalance: number;
}

const sum = (ms: readonly Movement[], key: 'debit' | 'credit'): number => ms.reduce((n, m) => n + m[key], 0);

/** Debits and credits are the sums of the period's movements, so the summary and the detail tables agree. */
export function ledgerFigures(
  label: string,
  ledger: { readonly openingBalance: number; readonly closingBalance: number; readonly movements: readonly Movement[] },
): ProductFigures {
  return {
    label,
    openingBalance: ledger.openingBalance,
    debits: sum(ledger.movements, 'debit'),
    credits: sum(ledger.movements, 'credit'),
    closingBalance: ledger.closingBalance,
  };
}

/**
 * A CDAT has no movement list: its principal is a credit when it was opened
 * in the period and a debit when it matured in it (paid out); interest is
 * paid into a savings account, so it shows there, not here.
 */
export function cdatFigures(label: string, cdat: CdatStatement, period: { from: string; to: string }): ProductFigures {
  const openingBalance = cdat.openedOn < period.from ? cdat.amount : 0;
  const credits = cdat.openedOn >= period.from && cdat.openedOn <= period.to ? cdat.amount : 0;
  const debits = cdat.maturesOn <= period.to ? cdat.amount : 0;
  return { label, openingBalance, debits, credits, closingBalance: openingBalance + credits - debits };
}

export function totalOf(label: string, rows: readonly ProductFigures[]): ProductFigures {
  const add = (key: keyof Omit<ProductFigures, 'label'>): number => rows.reduce((n, r) => n + r[key], 0);
  return {
    label,
    openingBalance: add('openingBalance'),
    debits: add('debits'),
    credits: add('credits'),
    closingBalance: add('closingBalance'),
  };
}

/** Loans that existed in the period: a loan disbursed after it shows nothing (the centre filters too). */
export function loansInPeriod(s: Statement): Statement['loans'] {
  return s.loans.filter((l) => l.disbursedOn <= s.to);
}

export function movementCount(s: Statement): number {
  return [s.contributions, ...s.savings, ...loansInPeriod(s)].reduce((n, p) => n + p.movements.length, 0);
}
