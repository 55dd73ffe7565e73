import type { AccountsSummary } from '../../../../../shared/contract/central/members';
import type { StatementDocument } from '../../../../../shared/documents/statement-document';

/**
 * Statement documents with the demo central's figures for its personas (as
 * `accounts(token)` answered on 2026-11-20), written out so receipt tests need
 * no server and stay exact to the peso.
 */

const laura: AccountsSummary = {
  contributions: { accountNumber: '1001-000001', balance: 4_835_471, monthlyFee: 60_000 },
  savings: [
    {
      id: 'AH-1-1',
      productName: 'Ahorro a la vista',
      accountNumber: '2001-001001',
      balance: 4_961_934,
      available: 4_961_934,
      rateEaBps: 250,
    },
  ],
  cdats: [
    {
      id: 'CDAT-1-6',
      accountNumber: '3001-000106',
      amount: 10_000_000,
      rateEaBps: 1000,
      termDays: 360,
      openedOn: '2026-10-24',
      maturesOn: '2027-10-19',
      liquidation: 'monthly',
    },
  ],
  loans: [
    {
      id: 'CR-1-1',
      lineCode: 'LIBRE',
      lineName: 'Libre inversión',
      accountNumber: '4001-001001',
      disbursedAmount: 12_000_000,
      balance: 8_086_279,
      installmentAmount: 435_046,
      periodicity: 'monthly',
      nextDueDate: '2026-12-10',
      installmentsPaid: 14,
      installmentsTotal: 36,
      daysPastDue: 0,
      overdueAmount: 0,
      overdueInstallments: 0,
      overdueSince: null,
      rateEaBps: 1980,
    },
  ],
};

const begona: AccountsSummary = {
  contributions: { accountNumber: '1001-000005', balance: 3_328_463, monthlyFee: 35_000 },
  savings: [
    {
      id: 'AH-5-1',
      productName: 'Ahorro a la vista',
      accountNumber: '2001-005001',
      balance: 197_226_272,
      available: 197_226_272,
      rateEaBps: 250,
    },
    {
      id: 'AH-5-2',
      productName: 'Ahorro programado Navidad',
      accountNumber: '2001-005002',
      balance: 8_438_813,
      available: 0,
      rateEaBps: 450,
    },
  ],
  cdats: [],
  loans: [],
};

const carlos: AccountsSummary = {
  contributions: { accountNumber: '1001-000002', balance: 5_502_095, monthlyFee: 50_000 },
  savings: [
    {
      id: 'AH-2-1',
      productName: 'Ahorro a la vista',
      accountNumber: '2001-002001',
      balance: 9_094_807,
      available: 9_094_807,
      rateEaBps: 250,
    },
  ],
  cdats: [],
  loans: [
    {
      id: 'CR-2-1',
      lineCode: 'VEHI',
      lineName: 'Vehículo',
      accountNumber: '4001-002001',
      disbursedAmount: 25_000_000,
      balance: 16_878_536,
      installmentAmount: 700_463,
      periodicity: 'monthly',
      nextDueDate: '2026-10-06',
      installmentsPaid: 19,
      installmentsTotal: 48,
      daysPastDue: 45,
      overdueAmount: 1_400_926,
      overdueInstallments: 2,
      overdueSince: '2026-10-06',
      rateEaBps: 1650,
    },
  ],
};

const personas = {
  laura: { fullName: 'Laura Gómez Restrepo', documentMasked: 'CC ******1010', accounts: laura },
  begona: { fullName: 'Begoña Muñoz Peñaloza', documentMasked: 'CC ****7888', accounts: begona },
  carlos: { fullName: 'Carlos Andrés Pérez', documentMasked: 'CC ****1222', accounts: carlos },
} as const;

export type Persona = keyof typeof personas;

export function receiptDocument(persona: Persona, overrides: Partial<StatementDocument> = {}): StatementDocument {
  const p = personas[persona];
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
    terminalId: 'DEMO-KIOSK-01',
    tellerName: null,
    // 14:32 in Bogotá.
    issuedAt: '2026-11-20T19:32:05.000Z',
    period: { from: '2026-08-01', to: '2026-11-20' },
    member: { fullName: p.fullName, documentMasked: p.documentMasked },
    accounts: p.accounts,
    // The receipt prints balances only; the movements belong to the letter page.
    statement: {
      from: '2026-08-01',
      to: '2026-11-20',
      generatedAt: '2026-11-20T19:32:04.000Z',
      member: { fullName: p.fullName, docType: 'CC', docNumberMasked: p.documentMasked },
      contributions: {
        accountNumber: p.accounts.contributions.accountNumber,
        monthlyFee: p.accounts.contributions.monthlyFee,
        openingBalance: p.accounts.contributions.balance,
        closingBalance: p.accounts.contributions.balance,
        movements: [],
      },
      savings: [],
      cdats: [],
      loans: [],
    },
    verification: { code: 'K7QF-92MD', url: 'https://verifica.coopdemo.example/v/K7QF-92MD' },
    ...overrides,
  };
}
