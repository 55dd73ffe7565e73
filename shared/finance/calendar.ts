import type { IsoDate } from '../domain/dates';

/**
 * Calendar arithmetic for schedules, on plain integers: the same answers as
 * domain/dates.ts (a test checks it) without a Date object and an ISO string
 * per call, which cost a microsecond each and dominated a long schedule.
 * Day numbers count from 1970-01-01 (day 0), as in domain/dates.ts.
 */

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const pad2 = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

export function parseCivil(date: IsoDate): CivilDate {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function formatCivil(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2[month] ?? ''}-${pad2[day] ?? ''}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** 'YYYY-MM-DD' of a day number (H. Hinnant's civil_from_days). */
export function isoOfDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatCivil(era * 400 + yoe + (month <= 2 ? 1 : 0), month, day);
}

/** Whole months after a date, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function civilAddMonths(start: CivilDate, months: number): CivilDate {
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(start.day, daysInMonth(year, month)) };
}
