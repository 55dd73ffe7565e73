import type { Movement } from '../../../../../shared/contract/central/statement';
import { addDays } from '../../../../../shared/domain/dates';
import type { StatementDocument } from '../../../../../shared/documents/statement-document';

/**
 * A statement with `count` savings movements (and a few on the other
 * products), for the PDF tests and the bench: each description is unique so
 * a test can find every one of them in the extracted text.
 */
export function syntheticStatement(count: number, code = 'K7QF-92MD'): StatementDocument {
  const from = '2025-11-01';
  const movements: Movement[] = [];
  let balance = 1_500_000;
  for (let i = 0; i < count; i += 1) {
    const credit = i % 3 === 0 ? 250_000 + i : 0;
    const debit = credit === 0 ? 40_000 + i : 0;
    balance += credit - debit;
    movements.push({
      date: addDays(from, Math.floor((i * 365) / Math.max(count, 1))),
      description: `Movimiento número ${i + 1}`,
      debit,
      credit,
      balance,
    });
  }
  const ledger = (opening: number, ms: Movement[]) => ({
    openingBalance: opening,
    closingBalance: ms.at(-1)?.balance ?? opening,
    movements: ms,
  });
  return {
    kind: 'statement',
    locale: 'es-CO',
    cooperative: {
      name: 'Cooperativa Demo de Ahorro y Crédito',
      nit: '900.123.456-8',
      logoDataUrl: null,
      colors: { primary: '#0A5C36', accent: '#F2B705' },
    },
    branch: { code: 'MED-CENTRO', name: 'Sede Centro', city: 'Medellín' },
    terminalId: 'TEST-01',
    tellerName: null,
    issuedAt: '2026-11-20T14:03:00.000Z',
    period: { from, to: '2026-10-31' },
    member: { fullName: 'Begoña Muñoz Peñaloza', documentMasked: 'CC ****7888' },
    accounts: {
      contributions: { accountNumber: 'AP-000123', balance: 2_400_000, monthlyFee: 35_000 },
      savings: [
        {
          id: 'S-1',
          productName: 'Ahorro a la vista',
          accountNumber: '110-00012345',
          balance,
          available: balance,
          rateEaBps: 250,
        },
      ],
      cdats: [],
      loans: [
        {
          id: 'L-1',
          lineCode: 'LIBRE',
          lineName: 'Libre inversión',
          accountNumber: '300-0009876',
          disbursedAmount: 12_000_000,
          balance: 8_000_000,
          installmentAmount: 420_000,
          periodicity: 'monthly',
          nextDueDate: '2026-12-05',
          installmentsPaid: 14,
          installmentsTotal: 36,
          daysPastDue: 0,
          overdueAmount: 0,
          overdueInstallments: 0,
          overdueSince: null,
          rateEaBps: 1268,
        },
      ],
    },
    statement: {
      from,
      to: '2026-10-31',
      generatedAt: '2026-11-20T14:03:00.000Z',
      member: { fullName: 'Begoña Muñoz Peñaloza', docType: 'CC', docNumberMasked: 'CC ****7888' },
      contributions: {
        accountNumber: 'AP-000123',
        monthlyFee: 35_000,
        ...ledger(2_000_000, [
          { date: '2025-11-05', description: 'Cuota de aportes', debit: 0, credit: 35_000, balance: 2_035_000 },
        ]),
      },
      savings: [
        {
          id: 'S-1',
          productName: 'Ahorro a la vista',
          accountNumber: '110-00012345',
          rateEaBps: 250,
          ...ledger(1_500_000, movements),
        },
      ],
      cdats: [],
      loans: [
        {
          id: 'L-1',
          lineCode: 'LIBRE',
          lineName: 'Libre inversión',
          accountNumber: '300-0009876',
          disbursedAmount: 12_000_000,
          periodicity: 'monthly',
          disbursedOn: '2025-06-15',
          arrears: { installments: 0, amount: 0, daysPastDue: 0, since: null },
          rateEaBps: 1268,
          ...ledger(8_400_000, [
            { date: '2025-11-05', description: 'Pago cuota 14', debit: 0, credit: 400_000, balance: 8_000_000 },
          ]),
        },
      ],
    },
    verification: { code, url: `https://verifica.coopdemo.com.co/v/${code}` },
  };
}
