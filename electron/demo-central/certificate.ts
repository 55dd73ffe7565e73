import type { Catalog, CertificateList, WithholdingCertificate } from '../../shared/contract/central';
import { maskDocument } from '../../shared/domain/masking';
import type { Portfolio } from './generate';
import { balanceAt, sumKind } from './ledger';
import { cooperative } from './personas';

/** The last three complete years the member was with the cooperative. */
export function certificateYears(p: Portfolio, today: string): CertificateList {
  const thisYear = Number(today.slice(0, 4));
  const since = Number(p.memberSince.slice(0, 4));
  return [thisYear - 3, thisYear - 2, thisYear - 1]
    .filter((y) => y >= since)
    .map((year) => ({ year, kind: 'withholding' as const }));
}

/** Certificado de retención en la fuente of a year, computed from the generated movements. */
export function withholdingCertificate(
  p: Portfolio,
  year: number,
  catalog: Catalog,
  issuedAt: string,
): WithholdingCertificate {
  const dec31 = `${year}-12-31`;
  const savings = p.savings.map((s) => ({
    kind: 'savings' as const,
    productName: s.productName,
    accountNumberMasked: maskDocument('No.', s.accountNumber).slice(4),
    interestPaid: sumKind(s.movements, 'interest', year, 'credit'),
    withholding: sumKind(s.movements, 'withholding', year, 'debit'),
    balanceDec31: balanceAt(s.movements, dec31),
  }));
  const cdatMovements = p.savings[0]?.movements ?? [];
  const cdatInterest = sumKind(cdatMovements, 'cdat-interest', year, 'credit');
  const current = p.cdats.find((c) => c.openedOn <= dec31 && dec31 < c.maturesOn);
  const cdats =
    p.cdats.length === 0
      ? []
      : [
          {
            kind: 'cdat' as const,
            productName: 'CDAT',
            accountNumberMasked: maskDocument('No.', (current ?? p.cdats[0])?.accountNumber ?? '').slice(4),
            interestPaid: cdatInterest,
            withholding: sumKind(cdatMovements, 'cdat-withholding', year, 'debit'),
            balanceDec31: current?.amount ?? 0,
          },
        ];
  const products = [...savings, ...cdats];
  const p0 = p.persona;
  return {
    year,
    kind: 'withholding',
    issuedAt,
    cooperative: { ...cooperative },
    member: { fullName: `${p0.firstName} ${p0.lastName}`, docType: p0.docType, docNumber: p0.docNumber },
    products,
    contributionsDec31: balanceAt(p.contributions.movements, dec31),
    loans: {
      interestPaid: p.loans.reduce((s, l) => s + sumKind(l.movements, 'loan-interest', year, 'debit'), 0),
      balanceDec31: p.loans.reduce((s, l) => s + balanceAt(l.movements, dec31), 0),
    },
    totals: {
      interestPaid: products.reduce((s, x) => s + x.interestPaid, 0),
      withholding: products.reduce((s, x) => s + x.withholding, 0),
    },
    withholdingBps: { savings: catalog.withholding.savingsInterestBps, cdat: catalog.withholding.cdatInterestBps },
    periodFrom: `${year}-01-01`,
    periodTo: dec31,
  };
}
