import { describe, expect, it } from 'vitest';
import { renderStatementPdfHere } from '../../../../../../electron/services/printing/laser/pdf/render';
import { pdfText, popplerAvailable } from '../pdf-tools';
import { syntheticStatement } from '../statement-fixture';

/**
 * Wherever a short table falls, it is not split: the savings account grows a
 * movement at a time, which slides the loan's 3-row table (title, column
 * titles, opening balance, one payment, closing balance) down the page,
 * across the page break. Its title and its closing balance always share a page.
 */
describe.skipIf(!popplerAvailable)('short tables stay on one page', { timeout: 120_000 }, () => {
  it('the loan table is never split, for each of 20 to 60 savings movements', async () => {
    let crossedABreak = false;
    for (let count = 20; count <= 60; count += 1) {
      const { pdf, pages } = await renderStatementPdfHere(syntheticStatement(count), { paper: 'letter' });
      const texts = pdfText(pdf)
        .split('\f')
        .filter((p) => p.trim() !== '');
      const titled = texts.findIndex((p) => p.includes('Crédito Libre inversión — obligación ****9876'));
      const closed = texts.findIndex((p) => /Pago cuota 14[\s\S]*Saldo final\s+\$ 8\.000\.000/.test(p));
      expect(titled, `${count} movements`).toBeGreaterThanOrEqual(0);
      expect(closed, `${count} movements: title on page ${titled + 1}, end on ${closed + 1}`).toBe(titled);
      crossedABreak ||= titled > 0 && pages > 1;
    }
    // The sweep did move the table onto a later page at least once.
    expect(crossedABreak).toBe(true);
  });
});
