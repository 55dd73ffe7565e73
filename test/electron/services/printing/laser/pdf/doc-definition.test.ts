import { describe, expect, it } from 'vitest';
import { statementDocDefinition } from '../../../../../../electron/services/printing/laser/pdf/doc-definition';
import { formatRateEa } from '../../../../../../electron/services/printing/laser/pdf/format';
import { formatBogotaDateTime } from '../../../../../../shared/domain/dates';
import { maskAccount } from '../../../../../../shared/domain/masking';
import type { PdfContent, PdfNode } from '../../../../../../electron/services/printing/laser/pdf/types';
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

describe('statementDocDefinition', () => {
  const doc = syntheticStatement(30);
  const definition = statementDocDefinition(doc, { paper: 'letter' });
  const tables = nodes(definition.content).flatMap((n) => (n.table ? [n.table] : []));

  it('has one movement table per product whose header row repeats on every page', () => {
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      expect(table.headerRows).toBe(1);
      expect((table.body[0] ?? []).map((c) => (typeof c === 'string' ? c : c.text))).toEqual([
        'Fecha',
        'Descripción',
        'Débito',
        'Crédito',
        'Saldo',
      ]);
    }
    // pdfmake annotates the nodes it lays out: a header row shared between tables loses its cells.
    expect(tables[0]?.body[0]).not.toBe(tables[1]?.body[0]);
    expect(tables[1]?.body).toHaveLength(31);
  });

  it('writes dates dd/mm/aaaa and money as es-CO pesos', () => {
    const first = tables[1]?.body[1] ?? [];
    expect(first[0]).toBe('01/11/2025');
    expect(first[1]).toBe('Movimiento número 1');
    expect(first[3]).toEqual({ text: '$ 250.000', alignment: 'right' });
    expect(first[4]).toEqual({ text: '$ 1.750.000', alignment: 'right' });
  });

  it('has the header, member, period, issue date and loan details', () => {
    const all = texts(definition.content).join('\n');
    expect(all).toContain('Cooperativa Demo de Ahorro y Crédito');
    expect(all).toContain('NIT 900.123.456-8');
    expect(all).toContain('Begoña Muñoz Peñaloza');
    expect(all).toContain('CC ****7888');
    expect(all).toContain('Periodo: 01/11/2025 a 31/10/2026');
    expect(all).toContain('Fecha de expedición: 20/11/2026 09:03');
    expect(all).toContain('Tasa 12,68 % E.A.   ·   Monto desembolsado $ 12.000.000   ·   Cuota 14 de 36');
    expect(all).toContain('Saldo inicial: $ 8.400.000');
    expect(all).toContain('Saldo final: $ 8.000.000');
    expect(all).not.toContain('110-00012345');
  });

  it('puts "Página X de Y" and the verification code in the footer of every page', () => {
    const footer = texts(definition.footer(2, 5)).join(' ');
    expect(footer).toContain('Página 2 de 5');
    expect(footer).toContain('Código de verificación K7QF-92MD — verifique en http://127.0.0.1:9/v1/verify/K7QF-92MD');
  });

  it('uses letter paper by default and A4 when configured', () => {
    expect(definition.pageSize).toBe('LETTER');
    expect(statementDocDefinition(doc, { paper: 'a4' }).pageSize).toBe('A4');
  });

  it('draws the logo only when there is one (SVG as markup, raster as an image)', () => {
    expect(nodes(definition.content).some((n) => n.image !== undefined || n.svg !== undefined)).toBe(false);
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const withPng = statementDocDefinition(
      { ...doc, cooperative: { ...doc.cooperative, logoDataUrl: png } },
      { paper: 'letter' },
    );
    expect(nodes(withPng.content).find((n) => n.image)?.image).toBe(png);
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`;
    const withSvg = statementDocDefinition(
      { ...doc, cooperative: { ...doc.cooperative, logoDataUrl: svg } },
      { paper: 'letter' },
    );
    expect(nodes(withSvg.content).find((n) => n.svg)?.svg).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });

  it('says so when a product has no movements in the period', () => {
    const empty = syntheticStatement(0);
    const body =
      nodes(statementDocDefinition(empty, { paper: 'letter' }).content).flatMap((n) =>
        n.table ? [n.table.body] : [],
      )[1] ?? [];
    expect(body[1]?.[0]).toMatchObject({ text: 'Sin movimientos en el periodo', colSpan: 5 });
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
