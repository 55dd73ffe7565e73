import type { AccountsSummary, LoanDetail, LoanSummary, SessionMember, Statement } from '../../shared/contract/central';
import { maskDocument, maskEmail } from '../../shared/domain/masking';
import type { Portfolio } from './generate';
import { arrears, type LoanRecord } from './generate-loans';
import { balanceAt, sliceLedger } from './ledger';
import type { Persona } from './personas';

/** Shapes the generated portfolio into contract responses. */

/** The member as a terminal sees them; `streamId` is their opaque outbox stream on that terminal. */
export function sessionMember(p: Persona, streamId: string): SessionMember {
  return {
    id: p.id,
    streamId,
    firstName: p.firstName,
    fullName: `${p.firstName} ${p.lastName}`,
    docType: p.docType,
    docNumberMasked: maskDocument(p.docType, p.docNumber),
    emailMasked: p.email ? maskEmail(p.email) : null,
  };
}

function loanSummary(loan: LoanRecord, today: string): LoanSummary {
  const late = arrears(loan, today);
  const next = loan.schedule.find((i) => !loan.paid.has(i.number));
  return {
    id: loan.id,
    lineCode: loan.lineCode,
    lineName: loan.lineName,
    accountNumber: loan.accountNumber,
    disbursedAmount: loan.amount,
    balance: balanceAt(loan.movements, today),
    installmentAmount: loan.schedule[0]?.total ?? 0,
    periodicity: loan.periodicity,
    nextDueDate: next?.dueDate ?? null,
    installmentsPaid: loan.paid.size,
    installmentsTotal: loan.schedule.length,
    daysPastDue: late.daysPastDue,
    overdueAmount: late.overdueAmount,
    overdueInstallments: late.installments,
    overdueSince: late.since,
    rateEaBps: loan.rateEaBps,
  };
}

export function accountsSummary(p: Portfolio, today: string): AccountsSummary {
  const december = today.slice(5, 7) === '12';
  return {
    contributions: {
      accountNumber: p.contributions.accountNumber,
      balance: balanceAt(p.contributions.movements, today),
      monthlyFee: p.contributions.monthlyFee,
    },
    savings: p.savings.map((s) => {
      const balance = balanceAt(s.movements, today);
      // Ahorro programado is only available in December, when it is paid out.
      const programmed = s.productName.startsWith('Ahorro programado');
      return {
        id: s.id,
        productName: s.productName,
        accountNumber: s.accountNumber,
        balance,
        available: programmed && !december ? 0 : balance,
        rateEaBps: s.rateEaBps,
      };
    }),
    cdats: p.cdats.filter((c) => c.openedOn <= today && today < c.maturesOn).map(({ liquidations: _l, ...c }) => c),
    loans: p.loans.map((l) => loanSummary(l, today)),
  };
}

export function loanDetail(p: Portfolio, loanId: string, today: string): LoanDetail | null {
  const loan = p.loans.find((l) => l.id === loanId);
  if (!loan) {
    return null;
  }
  const summary = loanSummary(loan, today);
  return {
    ...summary,
    disbursedOn: loan.disbursedOn,
    payoffAmount: summary.balance + arrears(loan, today).overdueInterest,
    schedule: loan.schedule.map((i) => ({ ...i, paid: loan.paid.has(i.number) })),
  };
}

export function statement(p: Portfolio, from: string, to: string, generatedAt: string): Statement {
  const persona = p.persona;
  return {
    from,
    to,
    generatedAt,
    member: {
      fullName: `${persona.firstName} ${persona.lastName}`,
      docType: persona.docType,
      docNumberMasked: maskDocument(persona.docType, persona.docNumber),
    },
    contributions: {
      accountNumber: p.contributions.accountNumber,
      monthlyFee: p.contributions.monthlyFee,
      ...sliceLedger(p.contributions.movements, from, to),
    },
    savings: p.savings.map((s) => ({
      id: s.id,
      productName: s.productName,
      accountNumber: s.accountNumber,
      rateEaBps: s.rateEaBps,
      ...sliceLedger(s.movements, from, to),
    })),
    cdats: p.cdats
      .filter((c) => c.openedOn <= to && c.maturesOn >= from)
      .map(({ liquidations, ...c }) => {
        const inPeriod = liquidations.filter((l) => l.date >= from && l.date <= to);
        return {
          ...c,
          interestPaid: inPeriod.reduce((s, l) => s + l.interest, 0),
          withholding: inPeriod.reduce((s, l) => s + l.withholding, 0),
          liquidations: inPeriod.map((l) => ({ ...l })),
        };
      }),
    loans: p.loans
      .filter((l) => l.disbursedOn <= to)
      .map((l) => {
        const ledger = sliceLedger(l.movements, from, to);
        const late = arrears(l, generatedAt.slice(0, 10));
        return {
          id: l.id,
          lineCode: l.lineCode,
          lineName: l.lineName,
          accountNumber: l.accountNumber,
          disbursedAmount: l.amount,
          periodicity: l.periodicity,
          rateEaBps: l.rateEaBps,
          disbursedOn: l.disbursedOn,
          arrears: {
            installments: late.installments,
            amount: late.overdueAmount,
            daysPastDue: late.daysPastDue,
            since: late.since,
          },
          ...ledger,
        };
      })
      // Paid off before the period: nothing to show for it.
      .filter((l) => l.openingBalance > 0 || l.closingBalance > 0 || l.movements.length > 0),
  };
}
