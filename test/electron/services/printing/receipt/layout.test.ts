import { describe, expect, it } from 'vitest';
import { layoutReceipt, type ReceiptLine } from '../../../../../electron/services/printing/receipt/layout';
import { productRow, row, truncate, wrap } from '../../../../../electron/services/printing/receipt/text';
import { maskAccount } from '../../../../../shared/domain/masking';
import { receiptDocument } from './fixtures';

const texts = (lines: readonly ReceiptLine[]): string[] => lines.flatMap((l) => (l.kind === 'text' ? [l.text] : []));
const width = (s: string): number => Array.from(s).length;

describe('maskAccount', () => {
  it('keeps the last 4 letters or digits behind a fixed 4 asterisks', () => {
    expect(maskAccount('2001-001001')).toBe('****1001');
    expect(maskAccount('12345678')).toBe('****5678');
    expect(maskAccount('4001-00-12')).toBe('****0012');
  });

  it('keeps at least 2 characters hidden on short numbers', () => {
    expect(maskAccount('12345')).toBe('****345');
    expect(maskAccount('12')).toBe('****');
    expect(maskAccount('')).toBe('****');
  });
});

describe('receipt text helpers', () => {
  it('never returns a line wider than asked', () => {
    expect(truncate('Ahorro programado Navidad', 10)).toBe('Ahorro pr.');
    expect(row('Total ahorros y aportes', '$ 208.993.548', 32)).toEqual([
      'Total ahorros y aportes',
      '                   $ 208.993.548',
    ]);
    expect(wrap('https://verifica.coopdemo.example/v/K7QF-92MD-and-more', 20).every((l) => width(l) <= 20)).toBe(true);
    expect(productRow('Ahorro programado Navidad', '****5002', '$ 8.438.813', 32)).toEqual([
      'Ahorro programado Navidad',
      '  ****5002           $ 8.438.813',
    ]);
  });
});

describe.each([48, 32])('receipt layout at %i columns', (columns) => {
  it('keeps every line within the width, even with very long names', () => {
    const long =
      'Cooperativa Multiactiva de Ahorro, Crédito y Servicios Sociales de los Trabajadores del Valle de Aburrá';
    const doc = receiptDocument('carlos', {
      cooperative: {
        name: long,
        nit: '900.123.456-8',
        logoDataUrl: null,
        colors: { primary: '#0A5C36', accent: '#F2B705' },
      },
      member: {
        fullName: 'María de los Ángeles Fernández-Castañeda de la Torre y Ñáñez',
        documentMasked: 'CC ******1010',
      },
      tellerName: 'Juan Sebastián Ospina',
    });
    const accounts = doc.accounts;
    const withLongProduct = {
      ...doc,
      accounts: {
        ...accounts,
        savings: [
          {
            ...accounts.savings[0]!,
            productName: 'Ahorro contractual para educación superior de los hijos',
            balance: 1_234_567_890,
          },
        ],
      },
    };
    const lines = texts(layoutReceipt(withLongProduct, columns));
    for (const line of lines) {
      expect(width(line), line).toBeLessThanOrEqual(columns);
    }
    // The product name gives way, the masked number and the amount stay whole.
    expect(lines.join('\n')).toContain('****2001');
    expect(lines.join('\n')).toContain('$ 1.234.567.890');
    expect(lines.some((l) => /^Ahorro contractual[^*]*\.( \*\*\*\*2001 .*)?$/.test(l))).toBe(true);
  });

  it('has the header, the member, one line per product, totals and the verification code', () => {
    const lines = texts(layoutReceipt(receiptDocument('laura'), columns));
    const all = lines.join('\n');
    expect(lines[0]?.trim()).toMatch(/^Cooperativa Demo de Ahorro y/);
    expect(all).toContain('NIT 900.123.456-8');
    expect(all).toContain('Sede Centro - Medellín');
    expect(all).toContain('Terminal DEMO-KIOSK-01');
    expect(all).toContain('20/11/2026 14:32');
    expect(all).toContain('RESUMEN DE SALDOS');
    expect(all).toContain('Saldos al 20/11/2026');
    expect(all).not.toContain('ESTADO DE CUENTA');
    expect(all).toContain('Laura Gómez Restrepo');
    expect(all).toContain('CC ******1010');
    expect(all).not.toContain('1010101010');
    expect(all).toMatch(/Aportes sociales[\s\S]*\*\*\*\*0001 +\$ 4\.835\.471/);
    expect(all).toMatch(/Ahorro a la vista[\s\S]*\*\*\*\*1001 +\$ 4\.961\.934/);
    expect(all).toMatch(/CDAT[\s\S]*\*\*\*\*0106 +\$ 10\.000\.000/);
    expect(all).toContain('Vence 19/10/2027');
    expect(all).toMatch(/Libre inversión[\s\S]*\*\*\*\*1001 +\$ 8\.086\.279/);
    expect(all).toMatch(/Cuota \$ 435\.046\s+[vV]ence 10\/12\/2026/);
    expect(all).not.toContain('EN MORA');
    // 4.835.471 + 4.961.934 + 10.000.000
    expect(all).toMatch(/Total ahorros y aportes\s+\$ 19\.797\.405/);
    expect(all).toMatch(/Total deudas\s+\$ 8\.086\.279/);
    expect(all).toContain('K7QF-92MD');
    expect(layoutReceipt(receiptDocument('laura'), columns).filter((l) => l.kind === 'qr')).toEqual([
      { kind: 'qr', data: 'https://verifica.coopdemo.example/v/K7QF-92MD' },
    ]);
  });

  it('flags a loan in arrears with the days and the overdue amount', () => {
    const lines = layoutReceipt(receiptDocument('carlos'), columns);
    const start = lines.findIndex((l) => l.kind === 'text' && l.text.startsWith('EN MORA'));
    const arrears = lines.slice(start, start + (columns >= 48 ? 1 : 2));
    expect(arrears.every((l) => l.kind === 'text' && l.bold)).toBe(true);
    expect(texts(arrears).join(' ')).toBe('EN MORA: 45 días, vencido $ 1.400.926');
  });

  it('prints the member name whole on one line', () => {
    expect(texts(layoutReceipt(receiptDocument('begona'), columns))).toContainEqual(
      expect.stringContaining('Begoña Muñoz Peñaloza'),
    );
  });
});

it('says "1 día" for a single day in arrears', () => {
  const doc = receiptDocument('carlos');
  const loan = { ...doc.accounts.loans[0]!, daysPastDue: 1, overdueAmount: 700_463 };
  const lines = texts(layoutReceipt({ ...doc, accounts: { ...doc.accounts, loans: [loan] } }, 48));
  expect(lines).toContain('EN MORA: 1 día, vencido $ 700.463');
});

it('turns control characters from the centre into spaces, so they cannot become printer commands', () => {
  const doc = receiptDocument('laura', {
    member: { fullName: 'Laura\u001dV\u0000Gómez\nRestrepo', documentMasked: 'CC ******1010' },
  });
  const lines = texts(layoutReceipt(doc, 48));
  expect(lines).toContain('Asociado(a): Laura V Gómez Restrepo');
  expect(
    lines
      .join('')
      .split('')
      .some((c) => c.charCodeAt(0) < 0x20),
  ).toBe(false);
});

describe.each([48, 32])('receipt layout in English at %i columns', (columns) => {
  const english = (persona: 'laura' | 'carlos', overrides = {}): string[] =>
    texts(layoutReceipt(receiptDocument(persona, { locale: 'en', ...overrides }), columns));

  it('labels the roll in English and prints the centre’s names as the centre sends them', () => {
    const lines = english('laura');
    const all = lines.join('\n');
    expect(lines.some((l) => l.trim() === 'BALANCE SUMMARY')).toBe(true);
    expect(all).toContain('Balances as of 20/11/2026');
    expect(all).toContain('Member: Laura Gómez Restrepo');
    expect(all).toContain('ID document: CC ******1010');
    expect(all).toContain('Share contributions');
    // Product names come from the centre: Spanish, untouched.
    expect(all).toContain('Ahorro a la vista');
    expect(all).toContain('Matures 19/10/2027');
    expect(all).toContain('Total savings and contributions');
    expect(all).toContain('Total debts');
    expect(all).toMatch(/Verification code: [0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(all).toContain('Verify this document at');
    // The cooperative's name is the config's, and amounts keep the cooperative's format.
    expect(all).toContain('Cooperativa Demo');
    expect(all).toMatch(/\$ \d{1,3}(\.\d{3})+/);
    expect(all).not.toMatch(/RESUMEN DE SALDOS|Saldos al|Asociado|Documento:|Código de verificación|Verifique/);
    for (const line of lines) {
      expect(width(line), line).toBeLessThanOrEqual(columns);
    }
  });

  it('says arrears and the draft in English', () => {
    // Joined by spaces: at 32 columns a sentence wraps.
    const all = english('carlos').join(' ').replace(/\s+/g, ' ');
    expect(all).toMatch(/IN ARREARS: 45 days, overdue \$ [\d.]+/);
    expect(all).toMatch(/Installment \$ [\d.]+/);
    expect(all).not.toMatch(/EN MORA|Cuota|vence /);
    const draft = english('laura', { verification: { code: null, url: 'https://verifica.coopdemo.com.co/v' } });
    expect(draft.join(' ').replace(/\s+/g, ' ')).toContain('DRAFT — the verification code is assigned when printing');
  });
});
