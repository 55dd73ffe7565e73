import { describe, expect, it } from 'vitest';
import { birthDatePins, checkNewPin, commonPins, type PinRejection } from '../../../shared/domain/pin-rules';

const diana = { birthDate: '1985-03-14', docNumber: '52333444' };

describe('pin rules', () => {
  it('blocklist has exactly 100 distinct 4-digit PINs with every repeat and run', () => {
    expect(commonPins).toHaveLength(100);
    expect(new Set(commonPins).size).toBe(100);
    expect(commonPins.every((p) => /^\d{4}$/.test(p))).toBe(true);
    for (const d of '0123456789') {
      expect(commonPins).toContain(d.repeat(4));
    }
    for (const run of [
      '0123',
      '1234',
      '6789',
      '9876',
      '3210',
      '2580',
      '1212',
      '1004',
      '2000',
      '6969',
      '0852',
      '2468',
      '1357',
    ]) {
      expect(commonPins).toContain(run);
    }
  });

  it('derives YYYY, MMDD, DDMM and MMYY from the birth date', () => {
    expect(birthDatePins('1985-03-14')).toEqual(['1985', '0314', '1403', '0385']);
  });

  const table: readonly [string, PinRejection | null, string?][] = [
    ['123', 'format'],
    ['12345', 'format'],
    ['12a4', 'format'],
    ['', 'format'],
    ['1234', 'common'],
    ['0000', 'common'],
    ['2580', 'common'],
    ['1972', 'common'],
    ['1985', 'birth-date'],
    ['0314', 'birth-date'],
    ['1403', 'birth-date'],
    ['0385', 'birth-date'],
    ['5233', 'document'],
    ['3444', 'document'],
    ['4719', null],
    ['4719', 'mismatch', '4791'],
    ['4719', null, '4719'],
    ['8026', null],
  ];
  it.each(table)('%s → %s', (pin, reason, confirmation) => {
    const result = checkNewPin(pin, diana, confirmation);
    expect(result).toEqual(reason === null ? { ok: true } : { ok: false, reason });
  });

  it('works without personal context', () => {
    expect(checkNewPin('1985')).toEqual({ ok: false, reason: 'common' });
    expect(checkNewPin('0314')).toEqual({ ok: true });
  });
});
