import { describe, expect, it } from 'vitest';
import { isPeriodId, periodChoices, periodKey, periodRange } from '../../../renderer/domain/periods';

/** An instant given as Bogotá wall-clock time (UTC-5). */
const bogota = (local: string): Date => new Date(`${local}-05:00`);

describe('statement periods', () => {
  it('"Este mes" runs from the 1st to today', () => {
    expect(periodRange('this-month', bogota('2026-03-17T10:00:00'))).toEqual({ from: '2026-03-01', to: '2026-03-17' });
    expect(periodRange('this-month', bogota('2026-03-01T00:00:00'))).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });

  it('uses the Bogotá date, not UTC: 8 p.m. on 31 January is still January', () => {
    const evening = bogota('2026-01-31T20:00:00');
    expect(evening.toISOString().slice(0, 10)).toBe('2026-02-01');
    expect(periodRange('this-month', evening)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    // Just after midnight in Bogotá it is already the new month, while UTC is 05:00.
    expect(periodRange('this-month', bogota('2026-02-01T00:30:00'))).toEqual({ from: '2026-02-01', to: '2026-02-01' });
  });

  it('"Últimos N meses" ends today and starts the day after the same date N months back', () => {
    const now = bogota('2026-05-15T09:00:00');
    expect(periodRange('last-3', now)).toEqual({ from: '2026-02-16', to: '2026-05-15' });
    expect(periodRange('last-6', now)).toEqual({ from: '2025-11-16', to: '2026-05-15' });
    expect(periodRange('last-12', now)).toEqual({ from: '2025-05-16', to: '2026-05-15' });
  });

  it('month ends clamp: 31 May minus 3 months is 28 February, so the period starts on 1 March', () => {
    expect(periodRange('last-3', bogota('2026-05-31T12:00:00'))).toEqual({ from: '2026-03-01', to: '2026-05-31' });
    expect(periodRange('last-3', bogota('2026-03-31T12:00:00'))).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('leap years: 29 February counts, and a year back from it clamps to 28 February', () => {
    expect(periodRange('this-month', bogota('2028-02-29T18:00:00'))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodRange('last-12', bogota('2028-02-29T18:00:00'))).toEqual({ from: '2027-03-01', to: '2028-02-29' });
    expect(periodRange('last-12', bogota('2029-02-28T18:00:00'))).toEqual({ from: '2028-02-29', to: '2029-02-28' });
    expect(periodRange('last-6', bogota('2028-08-31T18:00:00'))).toEqual({ from: '2028-03-01', to: '2028-08-31' });
  });

  it('a past calendar year is whole; the current one stops today', () => {
    const now = bogota('2026-07-04T08:00:00');
    expect(periodRange('year-2024', now)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(periodRange('year-2026', now)).toEqual({ from: '2026-01-01', to: '2026-07-04' });
  });

  it('offers the rolling periods and the last five calendar years, newest first (Bogotá year)', () => {
    expect(periodChoices(bogota('2026-12-31T22:00:00'))).toEqual([
      'this-month',
      'last-3',
      'last-6',
      'last-12',
      'year-2026',
      'year-2025',
      'year-2024',
      'year-2023',
      'year-2022',
    ]);
  });

  it('recognises period ids and names a period as from/to', () => {
    expect(isPeriodId('last-6')).toBe(true);
    expect(isPeriodId('year-2025')).toBe(true);
    expect(isPeriodId('last-7')).toBe(false);
    expect(periodKey({ from: '2026-01-01', to: '2026-03-31' })).toBe('2026-01-01/2026-03-31');
  });
});
