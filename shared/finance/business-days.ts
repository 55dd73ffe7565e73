import { fromDayNumber, toDayNumber, type IsoDate } from '../domain/dates';

/** Días hábiles: Monday to Friday, except the holidays the catalog lists. */
export function isBusinessDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  // Day 0 (1970-01-01) was a Thursday: (day + 4) % 7 is 0 on Sundays.
  const weekday = (((toDayNumber(date) + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** The date itself when it is a business day, else the next one. */
export function nextBusinessDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): IsoDate {
  let day = toDayNumber(date);
  let candidate = date;
  while (!isBusinessDay(candidate, holidays)) {
    day += 1;
    candidate = fromDayNumber(day);
  }
  return candidate;
}
