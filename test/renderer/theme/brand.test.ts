import { describe, expect, it } from 'vitest';
import { monogram, readableTextOn } from '../../../renderer/theme/brand';

describe('brand theme', () => {
  it('picks dark text on light brand colours and white on dark ones', () => {
    expect(readableTextOn('#0A5C36')).toBe('#ffffff');
    expect(readableTextOn('#F2B705')).toBe('#14181d');
    expect(readableTextOn('#fff')).toBe('#14181d');
  });

  it('makes a monogram from the words that name the cooperative', () => {
    expect(monogram('Cooperativa Demo de Ahorro y Crédito')).toBe('D');
    expect(monogram('Cooperativa Los Andes')).toBe('A');
    expect(monogram('Cootramed')).toBe('C');
    expect(monogram('Fondo Ñandú Unido')).toBe('ÑU');
    expect(monogram('Cooperativa de Ahorro y Crédito')).toBe('CA');
  });
});
