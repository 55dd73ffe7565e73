import type { AccountsSummary } from '../../../shared/contract/central/members';
import type { Movement, Statement } from '../../../shared/contract/central/statement';

/** Laura's products: contributions, one savings account, a CDAT and a loan up to date. */
export function lauraAccounts(overrides: Partial<AccountsSummary> = {}): AccountsSummary {
  return {
    contributions: { accountNumber: '3001-001001', balance: 4_320_000, monthlyFee: 60_000 },
    savings: [
      {
        id: 'S-1',
        productName: 'Ahorro a la vista',
        accountNumber: '2001-001234',
        balance: 1_250_500,
        available: 1_200_500,
        rateEaBps: 250,
      },
    ],
    cdats: [
      {
        id: 'C-1',
        accountNumber: '4001-005678',
        amount: 10_000_000,
        rateEaBps: 1268,
        termDays: 360,
        openedOn: '2025-06-01',
        maturesOn: '2026-05-27',
        liquidation: 'monthly',
      },
    ],
    loans: [
      {
        id: 'L-1',
        lineCode: 'LIBRE',
        lineName: 'Libre inversión',
        accountNumber: '5001-009876',
        disbursedAmount: 12_000_000,
        balance: 7_654_321,
        installmentAmount: 410_000,
        periodicity: 'monthly',
        nextDueDate: '2026-02-05',
        installmentsPaid: 14,
        installmentsTotal: 36,
        daysPastDue: 0,
        overdueAmount: 0,
        overdueInstallments: 0,
        overdueSince: null,
        rateEaBps: 1850,
      },
    ],
    ...overrides,
  };
}

/** `count` movements from 2025-01-01, one a day, with a running balance. */
export function movements(count: number, opening = 100_000): Movement[] {
  let balance = opening;
  return Array.from({ length: count }, (_, i) => {
    const credit = i % 3 === 0 ? 0 : 1_000 + i;
    const debit = i % 3 === 0 ? 500 : 0;
    balance += credit - debit;
    const day = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    return { date: day, description: `Movimiento ${i + 1}`, debit, credit, balance };
  });
}

export function statementFor(from: string, to: string, savingsMovements = movements(3)): Statement {
  const last = savingsMovements.at(-1)?.balance ?? 100_000;
  return {
    from,
    to,
    generatedAt: '2026-01-15T15:00:00.000Z',
    member: { fullName: 'Laura Gómez Restrepo', docType: 'CC', docNumberMasked: 'CC ******1010' },
    contributions: {
      accountNumber: '3001-001001',
      monthlyFee: 60_000,
      openingBalance: 4_200_000,
      closingBalance: 4_320_000,
      movements: movements(2, 4_200_000),
    },
    savings: [
      {
        id: 'S-1',
        productName: 'Ahorro a la vista',
        accountNumber: '2001-001234',
        rateEaBps: 250,
        openingBalance: 100_000,
        closingBalance: last,
        movements: savingsMovements,
      },
    ],
    cdats: [],
    loans: [
      {
        id: 'L-1',
        lineCode: 'LIBRE',
        lineName: 'Libre inversión',
        accountNumber: '5001-009876',
        disbursedAmount: 12_000_000,
        periodicity: 'monthly',
        disbursedOn: '2025-06-15',
        arrears: { installments: 0, amount: 0, daysPastDue: 0, since: null },
        rateEaBps: 1850,
        openingBalance: 8_000_000,
        closingBalance: 7_654_321,
        movements: [],
      },
    ],
  };
}
