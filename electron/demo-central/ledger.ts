/**
 * A generated account history. Deposit-like accounts (aportes, ahorros) grow
 * with credits; loans grow with debits (what the member owes).
 */
export type MovementKind =
  | 'other'
  | 'interest'
  | 'withholding'
  | 'cdat-interest'
  | 'cdat-withholding'
  | 'disbursement'
  | 'loan-interest'
  | 'loan-payment';

export interface LedgerMovement {
  readonly date: string;
  readonly description: string;
  readonly debit: number;
  readonly credit: number;
  readonly balance: number;
  readonly kind: MovementKind;
}

export type LedgerNature = 'deposit' | 'loan';

export class LedgerBuilder {
  readonly movements: LedgerMovement[] = [];
  private running = 0;

  constructor(private readonly nature: LedgerNature) {}

  get balance(): number {
    return this.running;
  }

  add(date: string, description: string, debit: number, credit: number, kind: MovementKind = 'other'): void {
    if (debit === 0 && credit === 0) {
      return;
    }
    this.running += this.nature === 'deposit' ? credit - debit : debit - credit;
    this.movements.push({ date, description, debit, credit, balance: this.running, kind });
  }
}

/** Balance at the end of `date` (0 before the first movement). */
export function balanceAt(movements: readonly LedgerMovement[], date: string): number {
  let lo = 0;
  let hi = movements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((movements[mid]?.date ?? '') <= date) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo === 0 ? 0 : (movements[lo - 1]?.balance ?? 0);
}

export interface LedgerSlice {
  readonly openingBalance: number;
  readonly closingBalance: number;
  readonly movements: { date: string; description: string; debit: number; credit: number; balance: number }[];
}

/** Movements of [from, to] with the balances either side; dates are 'YYYY-MM-DD' so they compare as strings. */
export function sliceLedger(movements: readonly LedgerMovement[], from: string, to: string): LedgerSlice {
  const inPeriod = movements
    .filter((m) => m.date >= from && m.date <= to)
    .map(({ date, description, debit, credit, balance }) => ({ date, description, debit, credit, balance }));
  const openingBalance = movements.filter((m) => m.date < from).at(-1)?.balance ?? 0;
  return { openingBalance, closingBalance: inPeriod.at(-1)?.balance ?? openingBalance, movements: inPeriod };
}

export function sumKind(
  movements: readonly LedgerMovement[],
  kind: MovementKind,
  year: number,
  field: 'debit' | 'credit',
): number {
  const prefix = String(year);
  return movements.reduce((sum, m) => (m.kind === kind && m.date.startsWith(prefix) ? sum + m[field] : sum), 0);
}
