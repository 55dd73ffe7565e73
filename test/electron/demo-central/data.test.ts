import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountsSummary, LoanDetail, Statement, WithholdingCertificate } from '../../../shared/contract/central';
import { loanDetailSchema, statementSchema } from '../../../shared/contract/central';
import type { DemoCentral } from '../../../electron/demo-central/server';
import { api, start, stop, token } from './harness';

let central: DemoCentral;
beforeAll(async () => {
  central = await start();
});
afterAll(async () => {
  await stop(central);
});

type Ledger = {
  openingBalance: number;
  closingBalance: number;
  movements: { debit: number; credit: number; balance: number }[];
};

/** Deposit accounts grow with credits, loans with debits; the running balance must agree at every line. */
function expectConsistent(ledger: Ledger, nature: 'deposit' | 'loan'): void {
  const sign = nature === 'deposit' ? 1 : -1;
  let running = ledger.openingBalance;
  for (const m of ledger.movements) {
    running += sign * (m.credit - m.debit);
    expect(m.balance).toBe(running);
  }
  const credits = ledger.movements.reduce((s, m) => s + m.credit, 0);
  const debits = ledger.movements.reduce((s, m) => s + m.debit, 0);
  expect(ledger.closingBalance).toBe(ledger.openingBalance + sign * (credits - debits));
}

async function statementOf(doc: string, pin: string, from: string, to: string): Promise<Statement> {
  const t = await token(central, doc, pin);
  const res = await api(central, 'GET', `/v1/members/me/statement?from=${from}&to=${to}`, { token: t });
  expect(res.status).toBe(200);
  return statementSchema.parse(res.body);
}

describe('demo central data', () => {
  it('Laura has contributions, savings, one CDAT and a loan up to date; her statement adds up exactly', async () => {
    const t = await token(central, '1010101010', '4719');
    const accounts = (await api(central, 'GET', '/v1/members/me/accounts', { token: t })).body as AccountsSummary;
    expect(accounts.contributions.balance).toBeGreaterThan(0);
    expect(accounts.savings.length).toBeGreaterThan(0);
    expect(accounts.cdats).toHaveLength(1);
    expect(accounts.loans).toHaveLength(1);
    expect(accounts.loans[0]).toMatchObject({ daysPastDue: 0, overdueAmount: 0 });
    const s = await statementOf('1010101010', '4719', '2025-11-01', '2026-11-20');
    expectConsistent(s.contributions, 'deposit');
    s.savings.forEach((a) => expectConsistent(a, 'deposit'));
    s.loans.forEach((l) => expectConsistent(l, 'loan'));
    expect(s.savings[0]?.closingBalance).toBe(accounts.savings[0]?.balance);
    expect(s.loans[0]?.closingBalance).toBe(accounts.loans[0]?.balance);
    expect(s.member).toEqual({ fullName: 'Laura Gómez Restrepo', docType: 'CC', docNumberMasked: 'CC ******1010' });
  });

  it('Carlos is 45 days in arrears', async () => {
    const t = await token(central, '79111222', '6352');
    const accounts = (await api(central, 'GET', '/v1/members/me/accounts', { token: t })).body as AccountsSummary;
    expect(accounts.loans[0]?.daysPastDue).toBe(45);
    expect(accounts.loans[0]?.overdueAmount).toBeGreaterThan(0);
  });

  it('Begoña has savings and no loans, with her name spelt right', async () => {
    const res = await api(central, 'POST', '/v1/auth/login', {
      body: { docType: 'CC', docNumber: '43777888', secret: '8026' },
    });
    expect((res.body as { member: { fullName: string } }).member.fullName).toBe('Begoña Muñoz Peñaloza');
    const t = (res.body as { token: string }).token;
    const accounts = (await api(central, 'GET', '/v1/members/me/accounts', { token: t })).body as AccountsSummary;
    expect(accounts.loans).toHaveLength(0);
    expect(accounts.savings.length).toBeGreaterThan(0);
  });

  it('Andrés has at least 5,000 movements in five years and 1,000 in the last twelve months', async () => {
    const count = (s: Statement): number =>
      s.contributions.movements.length + [...s.savings, ...s.loans].reduce((n, a) => n + a.movements.length, 0);
    const all = await statementOf('1020304050', '3958', '2021-11-20', '2026-11-20');
    expect(count(all)).toBeGreaterThanOrEqual(5_000);
    const year = await statementOf('1020304050', '3958', '2025-11-21', '2026-11-20');
    expect(count(year)).toBeGreaterThanOrEqual(1_000);
    all.savings.forEach((a) => expectConsistent(a, 'deposit'));
    all.loans.forEach((l) => expectConsistent(l, 'loan'));
  });

  it('refuses a reversed period and one over 5 years', async () => {
    const t = await token(central, '1010101010', '4719');
    for (const q of ['from=2026-02-01&to=2026-01-01', 'from=2019-01-01&to=2026-01-01', 'from=2026-01-01']) {
      const res = await api(central, 'GET', `/v1/members/me/statement?${q}`, { token: t });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'invalid-input' } });
    }
  });

  it('loan schedule: principal sums to the amount lent', async () => {
    const t = await token(central, '1010101010', '4719');
    const accounts = (await api(central, 'GET', '/v1/members/me/accounts', { token: t })).body as AccountsSummary;
    const res = await api(central, 'GET', `/v1/members/me/loans/${accounts.loans[0]?.id ?? ''}`, { token: t });
    const loan: LoanDetail = loanDetailSchema.parse(res.body);
    expect(loan.schedule.reduce((s, i) => s + i.principal, 0)).toBe(loan.disbursedAmount);
    expect(loan.schedule.filter((i) => i.paid)).toHaveLength(loan.installmentsPaid);
    expect((await api(central, 'GET', '/v1/members/me/loans/CR-404', { token: t })).status).toBe(404);
  });

  it('every active member has certificates for 2023, 2024 and 2025', async () => {
    for (const [doc, pin] of [
      ['1010101010', '4719'],
      ['79111222', '6352'],
      ['43777888', '8026'],
      ['1020304050', '3958'],
    ] as const) {
      const t = await token(central, doc, pin);
      const list = await api(central, 'GET', '/v1/members/me/certificates', { token: t });
      expect((list.body as { year: number }[]).map((c) => c.year)).toEqual([2023, 2024, 2025]);
      const cert = (await api(central, 'GET', '/v1/members/me/certificates/2025', { token: t }))
        .body as WithholdingCertificate;
      expect(cert.cooperative.nit).toBe('900.123.456-8');
      expect(cert.totals.withholding).toBe(cert.products.reduce((s, p) => s + p.withholding, 0));
    }
  });

  it('serves a catalog with Colombian figures', async () => {
    const res = await api(central, 'GET', '/v1/catalog');
    expect(res.body).toMatchObject({ withholding: { savingsInterestBps: 700 } });
  });

  it('is deterministic: two servers with the same today give identical statements', async () => {
    const other = await start();
    try {
      const a = await statementOf('1020304050', '3958', '2024-01-01', '2026-11-20');
      const t = await token(other, '1020304050', '3958');
      const b = (await api(other, 'GET', '/v1/members/me/statement?from=2024-01-01&to=2026-11-20', { token: t }))
        .body as Statement;
      expect({ ...b, generatedAt: '' }).toEqual({ ...a, generatedAt: '' });
    } finally {
      await stop(other);
    }
  });
});
