/** How the printed statement writes dates, rates and account numbers (es-CO). */

/** '2026-11-20' → '20/11/2026'. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d ?? '??'}/${m ?? '??'}/${y ?? '????'}`;
}

/** An instant as Bogotá wall time (UTC-5, no DST): '20/11/2026 09:03'. */
export function formatBogotaDateTime(instant: string): string {
  const local = new Date(Date.parse(instant) - 5 * 3_600_000).toISOString();
  return `${formatDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** 1268 basis points → '12,68 % E.A.' (comma as the decimal separator). */
export function formatRateEa(bps: number): string {
  return `${(bps / 100).toFixed(2).replace('.', ',')} % E.A.`;
}
