import { describe, expect, it } from 'vitest';
import { statementDocDefinition } from '../../../../../../electron/services/printing/laser/pdf/doc-definition';
import { formatRateEa } from '../../../../../../electron/services/printing/laser/pdf/format';
import { formatBogotaDateTime } from '../../../../../../shared/domain/dates';
import { maskAccount } from '../../../../../../shared/domain/masking';
import { formatCop } from '../../../../../../shared/domain/money';
import type { PdfCell, PdfContent, PdfNode } from '../../../../../../electron/services/printing/laser/pdf/types';
import { syntheticStatement } from '../statement-fixture';

/** Every node of the content tree, depth first. */
function nodes(content: PdfContent): PdfNode[] {
  if (typeof content === 'string') {
    return [];
  }
  if (Array.isArray(content)) {
    return (content as readonly PdfContent[]).flatMap(nodes);
  }
  const node = content as PdfNode;
  return [
    node,
    ...[node.stack ?? [], node.columns ?? [], node.text && typeof node.text !== 'string' ? [node.text] : []].flatMap(
      (c) => nodes(c as PdfContent),
    ),
  ];
}

/** All plain text in the tree, for "is it there" checks. */
function texts(content: PdfContent): string[] {
  if (typeof content === 'string') {
    return [content];
  }
  if (Array.isArray(content)) {
    return (content as readonly PdfContent[]).flatMap(texts);
  }
  const node = content as PdfNode;
  return [
    ...(node.text !== undefined ? texts(node.text) : []),
    ...(node.stack ?? []).flatMap(texts),
    ...(node.columns ?? []).flatMap(texts),
  ];
}

const cellText = (c: PdfCell | undefined): string =>
  c === undefined ? '' : typeof c === 'string' ? c : texts(c.text ?? '').join('');
const rowTexts = (row: readonly PdfCell[] | undefined): string[] => (row ?? []).map(cellText);

describe('statementDocDefinition', () => {
  const doc = syntheticStatement(30);
  const definition = statementDocDefinition(doc, { paper: 'letter' });
  const tables = nodes(definition.content).flatMap((n) => (n.table ? [n.table] : []));
  const movementTables = tables.filter((t) => rowTexts(t.body[t.headerRows - 1]).includes('Descripción'));

  it('opens page 1 with a summary of every product: opening balance, debits, credits, closing balance, totals', () => {
    const summary = tables[0];
    expect(rowTexts(summary?.body[0])).toEqual(['Producto', 'Saldo inicial', 'Débitos', 'Créditos', 'Saldo final']);
    const rows = (summary?.body ?? []).map(rowTexts);
    const s = doc.statement;
    const savings = s.savings[0]!;
    const debits = savings.movements.reduce((n, m) => n + m.debit, 0);
    const credits = savings.movements.reduce((n, m) => n + m.credit, 0);
    expect(rows).toContainEqual([
      'Ahorro a la vista ****2345',
      formatCop(savings.openingBalance),
      formatCop(debits),
      formatCop(credits),
      formatCop(savings.closingBalance),
    ]);
    const held = [s.contributions, savings];
    const total = rows.find((r) => r[0] === 'Total aportes, ahorros y CDAT');
    expect(total?.[4]).toBe(formatCop(held.reduce((n, l) => n + l.closingBalance, 0)));
    expect(rows.find((r) => r[0] === 'Total créditos')?.[4]).toBe(formatCop(s.loans[0]!.closingBalance));
  });

  it('has one movement table per product, its title and column titles repeated on every page, rows never split', () => {
    expect(movementTables).toHaveLength(3);
    for (const table of movementTables) {
      expect(rowTexts(table.body[table.headerRows - 1])).toEqual([
        'Fecha',
        'Descripción',
        'Débito',
        'Crédito',
        'Saldo',
      ]);
      expect(cellText(table.body[0]?.[0])).toMatch(/^(Aportes sociales|Ahorro a la vista|Crédito Libre inversión) — /);
      expect(table.dontBreakRows).toBe(true);
      expect(table.keepWithHeaderRows).toBeGreaterThanOrEqual(1);
    }
    // pdfmake annotates the nodes it lays out: a header row shared between tables loses its cells.
    expect(movementTables[0]?.body[1]).not.toBe(movementTables[1]?.body[1]);
    // Title, facts, column titles; then opening balance, 30 movements, closing balance.
    expect(movementTables[1]?.body).toHaveLength(3 + 32);
  });

  it('keeps a short table whole on one page', () => {
    const wrapped = nodes(definition.content).filter((n) => n.unbreakable);
    const short = wrapped.flatMap((n) => nodes(n.stack ?? []).flatMap((m) => (m.table ? [m.table] : [])));
    // Aportes (1 movement + 2 balance rows) and the loan: whole; the 30-movement savings table may break.
    expect(short).toContain(movementTables[0]);
    expect(short).toContain(movementTables[2]);
    expect(short).not.toContain(movementTables[1]);
  });

  it('writes dates dd/mm/aaaa and money as es-CO pesos', () => {
    const table = movementTables[1]!;
    const opening = table.body[table.headerRows] ?? [];
    expect(rowTexts(opening)).toEqual(['Saldo inicial', '', '', '', '$ 1.500.000']);
    const first = table.body[table.headerRows + 1] ?? [];
    expect(first[0]).toBe('01/11/2025');
    expect(first[1]).toBe('Movimiento número 1');
    expect(first[3]).toEqual({ text: '$ 250.000', alignment: 'right' });
    expect(first[4]).toEqual({ text: '$ 1.750.000', alignment: 'right' });
    expect(rowTexts(table.body.at(-1))[0]).toBe('Saldo final');
  });

  it('has the member, period and "Página X de Y" in the header of every page', () => {
    const header = texts(definition.header(2, 5)).join('\n');
    expect(header).toContain('Cooperativa Demo de Ahorro y Crédito');
    expect(header).toContain('NIT 900.123.456-8');
    expect(header).toContain('Begoña Muñoz Peñaloza');
    expect(header).toContain('CC ****7888');
    expect(header).toContain('Periodo: 01/11/2025 a 31/10/2026');
    expect(header).toContain('Página 2 de 5');
    expect(texts(definition.header(1, 5)).join('\n')).toContain('Página 1 de 5');
  });

  it('has the issue date, the movement count with thousands separators and the loan details', () => {
    const all = [...texts(definition.content), ...tables.flatMap((t) => t.body.flatMap(rowTexts))].join('\n');
    expect(all).toContain('Fecha de expedición: 20/11/2026 09:03');
    expect(all).toContain('32 movimientos en el periodo');
    const many = statementDocDefinition(syntheticStatement(1_126), { paper: 'letter' });
    expect(texts(many.content).join('\n')).toContain('1.128 movimientos en el periodo');
    expect(all).toContain('Tasa 12,68 % E.A.   ·   Monto desembolsado $ 12.000.000 el 15/06/2025   ·   Cuota 14 de 36');
    expect(all).not.toContain('Cuotas vencidas');
    expect(all).not.toContain('110-00012345');
  });

  it('says a loan in arrears in words, and shows nothing of a loan that did not exist in the period', () => {
    const loan = doc.statement.loans[0]!;
    const arrears = { installments: 2, amount: 870_092, daysPastDue: 45, since: '2026-09-16' };
    const late = statementDocDefinition(
      {
        ...doc,
        statement: {
          ...doc.statement,
          loans: [
            { ...loan, arrears },
            { ...loan, id: 'L-2', accountNumber: '300-0005555', disbursedOn: '2026-11-15', movements: [] },
          ],
        },
      },
      { paper: 'letter' },
    );
    const all = nodes(late.content)
      .flatMap((n) => (n.table ? n.table.body.flatMap(rowTexts) : []))
      .join('\n');
    expect(all).toContain('Cuotas vencidas: 2 — $ 870.092 — 45 días de mora · vencida desde 16/09/2026');
    expect(all).not.toContain('****5555');
  });

  it('lists CDATs with rate, term, opening, maturity, interest paid and withholding', () => {
    const cdat = {
      id: 'C-1',
      accountNumber: 'CDAT-000106',
      amount: 10_000_000,
      rateEaBps: 1_000,
      termDays: 360,
      openedOn: '2025-10-24',
      maturesOn: '2026-10-19',
      liquidation: 'monthly' as const,
      interestPaid: 912_345,
      withholding: 36_494,
      liquidations: [],
    };
    const withCdat = statementDocDefinition(
      { ...doc, statement: { ...doc.statement, cdats: [cdat] } },
      { paper: 'letter' },
    );
    const rows = nodes(withCdat.content).flatMap((n) => (n.table ? n.table.body.map(rowTexts) : []));
    expect(rows).toContainEqual([
      '****0106',
      '$ 10.000.000',
      '10,00 % E.A.',
      '360 días, liquidación mensual',
      '24/10/2025',
      '19/10/2026',
      '$ 912.345',
      '$ 36.494',
    ]);
    // Opened before the period, matured in it: paid out (a debit), nothing left at its end.
    expect(rows).toContainEqual(['CDAT ****0106', '$ 10.000.000', '$ 10.000.000', '$ 0', '$ 0']);
  });

  it('prints the verification code and its URL at the foot of every page and as a QR code on page 1', () => {
    const footer = texts(definition.footer(2, 5)).join(' ');
    expect(footer).toBe('Código de verificación K7QF-92MD — verifique en https://verifica.coopdemo.com.co/v/K7QF-92MD');
    expect(nodes(definition.content).find((n) => n.qr)?.qr).toBe('https://verifica.coopdemo.com.co/v/K7QF-92MD');
    expect(definition.watermark).toBeUndefined();
  });

  it('labels a draft plainly: no code, no QR, a BORRADOR watermark', () => {
    const draft = statementDocDefinition(
      { ...doc, verification: { code: null, url: 'https://verifica.coopdemo.com.co/v' } },
      { paper: 'letter' },
    );
    expect(texts(draft.footer(1, 1)).join(' ')).toBe('BORRADOR — el código de verificación se asigna al imprimir');
    expect(nodes(draft.content).some((n) => n.qr !== undefined)).toBe(false);
    expect(draft.watermark?.text).toBe('BORRADOR');
  });

  it('uses the brand colour for headings and table titles', () => {
    const green = statementDocDefinition(
      { ...doc, cooperative: { ...doc.cooperative, colors: { primary: '#123456', accent: '#F2B705' } } },
      { paper: 'letter' },
    );
    expect(green.styles['tableHeader']?.fillColor).toBe('#123456');
    expect(green.styles['title']?.color).toBe('#123456');
  });

  it('is protected only when asked, with AES-256', () => {
    expect(definition.userPassword).toBeUndefined();
    const locked = statementDocDefinition(doc, {
      paper: 'letter',
      protection: { userPassword: '1010101010', ownerPassword: 'x'.repeat(32) },
    });
    expect(locked).toMatchObject({ userPassword: '1010101010', version: '1.7ext3' });
  });

  it('uses letter paper by default and A4 when configured', () => {
    expect(definition.pageSize).toBe('LETTER');
    expect(statementDocDefinition(doc, { paper: 'a4' }).pageSize).toBe('A4');
  });

  it('draws the logo in the page header only when there is one (SVG as markup, raster as an image)', () => {
    const header = (d: typeof definition) => nodes(d.header(1, 1));
    expect(header(definition).some((n) => n.image !== undefined || n.svg !== undefined)).toBe(false);
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const withPng = statementDocDefinition(
      { ...doc, cooperative: { ...doc.cooperative, logoDataUrl: png } },
      { paper: 'letter' },
    );
    expect(header(withPng).find((n) => n.image)?.image).toBe(png);
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`;
    const withSvg = statementDocDefinition(
      { ...doc, cooperative: { ...doc.cooperative, logoDataUrl: svg } },
      { paper: 'letter' },
    );
    expect(header(withSvg).find((n) => n.svg)?.svg).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });

  it('says so when a product has no movements in the period', () => {
    const empty = syntheticStatement(0);
    const table = nodes(statementDocDefinition(empty, { paper: 'letter' }).content).flatMap((n) =>
      n.table ? [n.table] : [],
    )[2];
    expect(table?.body[(table?.headerRows ?? 0) + 1]?.[0]).toMatchObject({
      text: 'Sin movimientos en el periodo',
      colSpan: 5,
    });
  });
});

describe('statement formats', () => {
  it('formats rates, Bogotá times and masked account numbers', () => {
    expect(formatRateEa(250)).toBe('2,50 % E.A.');
    expect(formatBogotaDateTime('2026-01-01T03:00:00.000Z')).toBe('31/12/2025 22:00');
    expect(maskAccount('110-00012345')).toBe('****2345');
    expect(maskAccount('123')).toBe('****3');
  });
});
