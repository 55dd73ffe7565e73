import { addDays, addMonths, bogotaToday, type IsoDate } from '../../shared/domain/dates';

/**
 * The statement periods a member can choose, and the dates they cover.
 * Everything is computed on Bogotá calendar dates (UTC-5, no DST): at 8 p.m.
 * on 31 January in Medellín it is already 1 February in UTC, and the member
 * still means January.
 */

/** "Este mes", "Últimos 3/6/12 meses" or a calendar year ("year-2025"). */
export type PeriodId = 'this-month' | 'last-3' | 'last-6' | 'last-12' | `year-${number}`;

export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** How many past calendar years are offered, counting the current one. */
export const offeredYears = 5;

const lastMonths: Readonly<Record<string, number>> = { 'last-3': 3, 'last-6': 6, 'last-12': 12 };

/** The choices in display order for a given instant: the rolling periods, then the last five years, newest first. */
export function periodChoices(now: Date = new Date()): PeriodId[] {
  const year = Number(bogotaToday(now).slice(0, 4));
  const years = Array.from({ length: offeredYears }, (_, i) => `year-${year - i}` as const);
  return ['this-month', 'last-3', 'last-6', 'last-12', ...years];
}

export function isPeriodId(value: string): value is PeriodId {
  return value === 'this-month' || value in lastMonths || /^year-\d{4}$/.test(value);
}

/**
 * The first and last day a period covers, both inclusive. Nothing ends after
 * today: the current month and year stop at today's date. "Últimos N meses"
 * is the day after the same date N months ago up to today (31 May → from
 * 1 March for 3 months; 31 March → from 29 or 1 March depending on February).
 */
export function periodRange(id: PeriodId, now: Date = new Date()): Period {
  const today = bogotaToday(now);
  if (id === 'this-month') {
    return { from: `${today.slice(0, 7)}-01`, to: today };
  }
  const months = lastMonths[id];
  if (months !== undefined) {
    return { from: addDays(addMonths(today, -months), 1), to: today };
  }
  const year = Number(id.slice('year-'.length));
  const last = `${String(year).padStart(4, '0')}-12-31`;
  return { from: `${String(year).padStart(4, '0')}-01-01`, to: last < today ? last : today };
}

/** "YYYY-MM-DD/YYYY-MM-DD", as print audits and verification codes name a period. */
export function periodKey(period: Period): string {
  return `${period.from}/${period.to}`;
}
