import { describe, expect, it } from 'vitest';
import { kioskLocales } from '../../../shared/contract/values';
import { documentLabels, type DocumentLabels } from '../../../shared/documents/labels';

/** Every key path of a labels table ("groups.loans"), functions and tuples included. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [prefix];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keyPaths(v, prefix ? `${prefix}.${k}` : k),
  );
}

/** Every printed string of a table, with sample values for the labels that take them. */
function samples(labels: DocumentLabels): string[] {
  return [
    ...Object.values(labels).filter((v): v is string => typeof v === 'string'),
    ...Object.values(labels.groups),
    ...labels.summaryColumns,
    ...labels.movementColumns,
    ...labels.cdatColumns,
    labels.days(3),
    labels.verifyAt('verifica.coop.co/v/K7QF-92MD'),
    labels.balancesAsOf('20/11/2026'),
    labels.matures('2027-10-19'),
    labels.installment(435_046),
    labels.dueOn('2026-12-10'),
    labels.receiptArrears(45, 870_092),
    labels.receiptCode('K7QF-92MD'),
    labels.period('2026-01-01', '2026-06-30'),
    labels.metadataSubject('2026-01-01', '2026-06-30'),
    labels.page(1, 3),
    labels.issuedOn('20/11/2026 14:32'),
    labels.movementsInPeriod(1126),
    labels.pdfCode('K7QF-92MD'),
    labels.footerVerification('K7QF-92MD', 'https://verifica.coop.co/v/K7QF-92MD'),
    labels.contributionsAccount('****1001'),
    labels.cdatAccount('****0106'),
    labels.loanAccount('Libre inversión', '****0012'),
    labels.contributionsTitle('****1001'),
    labels.savingsTitle('Ahorro a la vista', '****5002'),
    labels.loanTitle('Libre inversión', '****0012'),
    labels.monthlyFee(60_000),
    labels.rate('12,68 % E.A.'),
    labels.disbursed(12_000_000, '2025-06-15'),
    labels.installmentOf(14, 36),
    labels.arrears({ installments: 2, amount: 870_092, daysPastDue: 45, since: '2026-10-10' }),
    labels.cdatTerm(360, 'monthly'),
    labels.laserPages(3, 'letter'),
    labels.periodWithMovements('2026-01-01', '2026-06-30', 1126),
    labels.loanBalance('Libre inversión', 8_000_000),
  ];
}

describe('document labels', () => {
  it('has one complete table per kiosk locale, with the same keys', () => {
    expect(Object.keys(documentLabels).sort()).toEqual([...kioskLocales].sort());
    const spanish = keyPaths(documentLabels['es-CO']).sort();
    for (const locale of kioskLocales) {
      expect(keyPaths(documentLabels[locale]).sort(), locale).toEqual(spanish);
      for (const text of samples(documentLabels[locale])) {
        expect(text.trim(), locale).not.toBe('');
      }
    }
  });

  it('labels in English and keeps amounts and dates in the cooperative convention', () => {
    const en = documentLabels.en;
    expect(en.page(1, 3)).toBe('Page 1 of 3');
    expect(en.balanceSummary).toBe('BALANCE SUMMARY');
    expect(en.receiptCode('K7QF-92MD')).toBe('Verification code: K7QF-92MD');
    expect(en.arrears({ installments: 2, amount: 870_092, daysPastDue: 45, since: '2026-10-10' })).toBe(
      'Overdue installments: 2 — $ 870.092 — 45 days past due · overdue since 10/10/2026',
    );
    expect(en.days(1)).toBe('1 day');
    expect(en.days(1126)).toBe('1.126 days');
    expect(en.period('2026-01-01', '2026-06-30')).toBe('Period: 01/01/2026 to 30/06/2026');
  });

  it('keeps the Spanish wording the paper had', () => {
    const es = documentLabels['es-CO'];
    expect(es.page(2, 5)).toBe('Página 2 de 5');
    expect(es.arrears({ installments: 2, amount: 870_092, daysPastDue: 45, since: '2026-10-10' })).toBe(
      'Cuotas vencidas: 2 — $ 870.092 — 45 días de mora · vencida desde 10/10/2026',
    );
    expect(es.receiptArrears(1, 435_046)).toBe('EN MORA: 1 día, vencido $ 435.046');
    expect(es.draftNotice).toBe('BORRADOR — el código de verificación se asigna al imprimir');
  });

  it('leaves no Spanish label word in the English table', () => {
    const text = samples(documentLabels.en)
      .join('\n')
      // Data a label is given (product and line names, the rate's E.A.) is the centre's, not a label.
      .replace(/Ahorro a la vista|Libre inversión|E\.A\./g, '');
    expect(text).not.toMatch(/\b(de|del|el|la|en|Saldo|Cuota|Periodo|Página|Crédito|días|Vence|Asociado)\b/);
  });
});
