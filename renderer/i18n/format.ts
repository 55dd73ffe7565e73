/**
 * Number and date formats as Colombians read them, the same in every UI
 * locale: they match what the kiosk prints on statements and receipts.
 */

const NBSP = '\u00a0';
/** Colombia has one time zone and no daylight saving time. */
const BOGOTA = 'America/Bogota';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Pesos as "$ 1.234.567" (no decimals). Amounts are integers by the time they
 * reach the screen (they are rounded once, in the finance code), so a fraction
 * here is a bug upstream and is refused rather than silently rounded again.
 */
export function formatCop(amount: number): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`COP amounts must be integers, got ${amount}`);
  }
  const sign = amount < 0 ? '-' : '';
  return `${sign}$${NBSP}${groupThousands(String(Math.abs(amount)))}`;
}

/** A count as Colombians write it: "1.126" (movements, days). */
export function formatCount(n: number): string {
  return groupThousands(String(Math.trunc(n)));
}

/** A document number as read aloud in Colombia: "1.010.101.010". */
export function formatDocumentNumber(digits: string): string {
  return /^\d+$/.test(digits) ? groupThousands(digits) : digits;
}

const dateParts = new Intl.DateTimeFormat('en-US', {
  timeZone: BOGOTA,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/**
 * A date as dd/mm/aaaa. Calendar dates ("2025-03-14") are rearranged as they
 * are, because parsing them as UTC midnight would show the previous day in
 * Bogotá; instants (Date or ISO timestamps) are shown in Bogotá time.
 */
export function formatDate(value: Date | string): string {
  if (typeof value === 'string') {
    const calendar = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (calendar) {
      return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
    }
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`not a date: ${String(value)}`);
  }
  const parts = dateParts.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

/** Wall-clock time in Bogotá in the UI locale's style ("3:05 p. m." / "3:05 PM"). */
export function formatTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: BOGOTA, hour: 'numeric', minute: '2-digit' }).format(date);
}

/** An effective annual rate in basis points as Colombians quote it: 1268 → "12,68 % E.A.". */
export function formatRateEa(bps: number): string {
  return `${(bps / 100).toFixed(2).replace('.', ',')}${NBSP}% E.A.`;
}

/** A rate given as a fraction, with its Colombian suffix: (0.018088, 'M.V.') → "1,8088 % M.V.". */
export function formatRate(fraction: number, suffix: string, decimals = 2): string {
  return `${(fraction * 100).toFixed(decimals).replace('.', ',')}${NBSP}% ${suffix}`;
}
