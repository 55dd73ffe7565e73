import { describe, expect, it } from 'vitest';
import { renderStatementPdf } from '../../../../../../electron/services/printing/laser/pdf/render-in-worker';
import jsQR from 'jsqr';
import { expectEveryMovement, pageImage, pdfInfo, pdfText, popplerAvailable } from '../pdf-tools';
import { syntheticStatement } from '../statement-fixture';

describe.skipIf(!popplerAvailable)('statement PDF rendered on a worker thread', { timeout: 60_000 }, () => {
  it('has extractable text: member, period, every movement, the code and page numbers', async () => {
    const doc = syntheticStatement(100);
    const result = await renderStatementPdf(doc, { paper: 'letter' });
    if (!result.ok) {
      throw new Error(result.reason);
    }
    const text = pdfText(result.pdf);
    expect(text).toContain('Begoña Muñoz Peñaloza');
    expect(text).toContain('Periodo: 01/11/2025 a 31/10/2026');
    expectEveryMovement(text, doc);
    const info = pdfInfo(result.pdf);
    expect(info.pages).toBe(result.pages);
    expect(info.pageSize).toBe('612 x 792 pts (letter)');
    // pdftotext separates pages with a form feed: every page has the header with the member, period and its number.
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(info.pages);
    pages.forEach((page, i) => {
      expect(page).toContain(`Página ${i + 1} de ${info.pages}`);
      expect(page).toContain('Begoña Muñoz Peñaloza');
      expect(page).toContain('CC ****7888');
      expect(page).toContain('Periodo: 01/11/2025 a 31/10/2026');
      expect(page).toContain(
        'Código de verificación K7QF-92MD — verifique en https://verifica.coopdemo.com.co/v/K7QF-92MD',
      );
    });
    // The column titles repeat on the pages a long table continues on.
    expect(text.match(/Fecha\s+Descripción\s+Débito\s+Crédito\s+Saldo/g)?.length).toBeGreaterThanOrEqual(info.pages);
  });

  it('has a QR code on page 1 that a QR reader decodes to the verification URL with the code', async () => {
    const result = await renderStatementPdf(syntheticStatement(10), { paper: 'letter' });
    if (!result.ok) {
      throw new Error(result.reason);
    }
    const { width, height, rgba } = pageImage(result.pdf, 1);
    expect(jsQR(rgba, width, height)?.data).toBe('https://verifica.coopdemo.com.co/v/K7QF-92MD');
  });

  it('grows with the movements (100 vs 1,000) and prints A4 when asked', async () => {
    const [small, large] = await Promise.all([
      renderStatementPdf(syntheticStatement(100), { paper: 'a4' }),
      renderStatementPdf(syntheticStatement(1_000), { paper: 'letter' }),
    ]);
    if (!small.ok || !large.ok) {
      throw new Error('render failed');
    }
    expect(pdfInfo(small.pdf).pageSize).toContain('(A4)');
    expect(large.pages).toBeGreaterThan(small.pages * 5);
    expect(pdfInfo(large.pdf).pages).toBe(large.pages);
  });

  it('keeps the event loop responsive while 5,000 movements render', async () => {
    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks += 1;
    }, 10);
    try {
      const result = await renderStatementPdf(syntheticStatement(5_000), { paper: 'letter' });
      if (!result.ok) {
        throw new Error(result.reason);
      }
      // A render on this thread would stop the timer for the whole render (one gap as long as it);
      // on the worker it keeps ticking. Relative bounds, because CI machines are shared and slow.
      expect(result.ms).toBeGreaterThan(500);
      expect(ticks).toBeGreaterThan(20);
      expect(longestGap).toBeLessThan(result.ms / 3);
    } finally {
      clearInterval(timer);
    }
  });

  it('gives up after its timeout and reports it', async () => {
    const result = await renderStatementPdf(syntheticStatement(5_000), { paper: 'letter', timeoutMs: 50 });
    expect(result).toEqual({ ok: false, reason: 'pdf render timed out after 50 ms' });
  });
});
