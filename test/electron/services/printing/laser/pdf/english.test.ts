import { describe, expect, it } from 'vitest';
import { renderStatementPdf } from '../../../../../../electron/services/printing/laser/pdf/render-in-worker';
import type { StatementDocument } from '../../../../../../shared/documents/statement-document';
import { expectEveryMovement, pdfInfo, pdfText, popplerAvailable } from '../pdf-tools';
import { syntheticStatement } from '../statement-fixture';

/** The synthetic statement in English, with a CDAT and a loan in arrears so every section prints. */
function englishStatement(count: number): StatementDocument {
  const doc = syntheticStatement(count);
  const [loan] = doc.statement.loans;
  return {
    ...doc,
    locale: 'en',
    statement: {
      ...doc.statement,
      cdats: [
        {
          id: 'CDAT-1',
          accountNumber: '3001-000106',
          amount: 10_000_000,
          rateEaBps: 1000,
          termDays: 360,
          openedOn: '2026-01-10',
          maturesOn: '2027-01-05',
          liquidation: 'monthly',
          interestPaid: 250_000,
          withholding: 10_000,
          liquidations: [],
        },
      ],
      loans: [{ ...loan!, arrears: { installments: 2, amount: 870_092, daysPastDue: 45, since: '2026-09-15' } }],
    },
  };
}

describe.skipIf(!popplerAvailable)('statement PDF in English', { timeout: 60_000 }, () => {
  it('has English labels on every page and the centre’s data as it came', async () => {
    const doc = englishStatement(120);
    const result = await renderStatementPdf(doc, { paper: 'letter' });
    if (!result.ok) {
      throw new Error(result.reason);
    }
    const text = pdfText(result.pdf);
    const { pages: count } = pdfInfo(result.pdf);
    expect(count).toBeGreaterThan(1);
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(count);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${count}`);
      expect(page).toContain('Account statement');
      expect(page).toContain('Period: 01/11/2025 to 31/10/2026');
      expect(page).toContain('Verification code K7QF-92MD — verify at https://verifica.coopdemo.com.co/v/K7QF-92MD');
    });
    // Page 1: the summary block with its English headings.
    expect(pages[0]).toContain('Period summary');
    expect(pages[0]).toContain('What you hold at the cooperative');
    expect(pages[0]).toContain('What you owe');
    expect(pages[0]).toMatch(/Product\s+Opening balance\s+Debits\s+Credits\s+Closing balance/);
    expect(pages[0]).toContain('Total contributions, savings and CDATs');
    expect(pages[0]).toContain('Total loans');
    expect(text).toMatch(/Date\s+Description\s+Debit\s+Credit\s+Balance/);
    expect(text).toContain('CDAT — Fixed-term savings certificates');
    expect(text).toContain('Overdue installments: 2 — $ 870.092 — 45 days past due · overdue since 15/09/2026');
    // The centre's product names and movement descriptions stay in Spanish; amounts keep "$ 1.234.567".
    expect(text).toContain('Ahorro a la vista — account');
    expect(text).toContain('Loan Libre inversión — account');
    expectEveryMovement(text, doc);
    expect(text).not.toMatch(/Página|Periodo|Saldo inicial|Resumen del periodo|Código de verificación|Cuotas vencidas/);
  });
});
