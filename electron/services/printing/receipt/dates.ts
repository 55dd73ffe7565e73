import type { IsoDate } from '../../../../shared/domain/dates';

/** Colombia keeps UTC-5 all year (no DST), so a fixed offset is exact and needs no ICU time zone data. */
const bogotaOffsetMs = 5 * 3_600_000;

/** "2026-11-20" → "20/11/2026", rearranged as text so no time zone can move the day. */
export function formatDay(date: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

/** An ISO instant as "dd/mm/aaaa hh:mm" on Bogotá's clock. */
export function formatBogotaDateTime(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) {
    throw new RangeError('issuedAt must be an ISO instant');
  }
  const local = new Date(ms - bogotaOffsetMs).toISOString();
  return `${formatDay(local.slice(0, 10))} ${local.slice(11, 16)}`;
}
