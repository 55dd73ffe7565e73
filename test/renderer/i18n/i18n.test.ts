import { describe, expect, it } from 'vitest';
import { createKioskI18n, kioskMessages } from '../../../renderer/i18n';
import { formatCop, formatDate, formatDocumentNumber } from '../../../renderer/i18n/format';
import { messageSyntax } from '../../../renderer/i18n/message';

type Tree = { readonly [key: string]: unknown };

function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value as Tree, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

describe('locales', () => {
  const es = leaves(kioskMessages['es-CO']);
  const en = leaves(kioskMessages.en);

  it('es-CO and en have identical key sets', () => {
    expect(en.map(([key]) => key).sort()).toEqual(es.map(([key]) => key).sort());
  });

  it('need no message compiler: every message is a plain string without syntax, or a function', () => {
    for (const [key, value] of [...es, ...en]) {
      if (typeof value === 'string') {
        expect(value, key).not.toMatch(messageSyntax);
        expect(value.trim(), key).not.toBe('');
      } else {
        expect(typeof value, key).toBe('function');
      }
    }
  });

  it('renders messages with values in both languages', () => {
    const i18n = createKioskI18n();
    expect(i18n.global.t('signIn.ruleRange', { min: 3, max: 10 })).toBe('Entre 3 y 10 dígitos');
    i18n.global.locale.value = 'en';
    expect(i18n.global.t('signIn.ruleRange', { min: 3, max: 10 })).toBe('3 to 10 digits');
    expect(i18n.global.t('status.printer.paper-near-end')).toBe('paper low');
  });
});

describe('formats', () => {
  it('shows pesos as "$ 1.234.567" with a non-breaking space and no decimals', () => {
    expect(formatCop(1234567)).toBe('$\u00a01.234.567');
    expect(formatCop(0)).toBe('$\u00a00');
    expect(formatCop(999)).toBe('$\u00a0999');
    expect(formatCop(-45000)).toBe('-$\u00a045.000');
  });

  it('refuses fractional pesos instead of rounding a second time', () => {
    expect(() => formatCop(10.5)).toThrow(RangeError);
  });

  it('shows dates as dd/mm/aaaa, calendar dates without a time-zone shift', () => {
    expect(formatDate('2025-03-01')).toBe('01/03/2025');
    // 03:00 UTC on 1 March is still 28 February in Bogotá (UTC-5).
    expect(formatDate('2025-03-01T03:00:00Z')).toBe('28/02/2025');
    expect(formatDate(new Date('2024-12-31T17:00:00Z'))).toBe('31/12/2024');
  });

  it('groups document numbers the Colombian way', () => {
    expect(formatDocumentNumber('1010101010')).toBe('1.010.101.010');
    expect(formatDocumentNumber('79111222')).toBe('79.111.222');
  });
});
