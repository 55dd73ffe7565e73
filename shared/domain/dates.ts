/**
 * Calendar dates as 'YYYY-MM-DD' strings, computed on UTC day numbers so no
 * time zone or DST can shift a day. Colombia has no DST (UTC-5 all year).
 */
export type IsoDate = string;

const dayMs = 86_400_000;

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function toDayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}

/** Today's date in Bogotá (UTC-5, no DST) for a given instant. */
export function bogotaToday(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() - 5 * 3_600_000).toISOString().slice(0, 10);
}

/** Colombia keeps UTC-5 all year (no DST), so a fixed offset is exact and needs no ICU time zone data. */
const bogotaOffsetMs = 5 * 3_600_000;

/** "2026-11-20" → "20/11/2026" (dd/mm/aaaa), rearranged as text so no time zone can move the day. */
export function formatDay(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

/** An ISO instant as "dd/mm/aaaa hh:mm" on Bogotá's clock. */
export function formatBogotaDateTime(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) {
    throw new RangeError('not an ISO instant');
  }
  const local = new Date(ms - bogotaOffsetMs).toISOString();
  return `${formatDay(local.slice(0, 10))} ${local.slice(11, 16)}`;
}
