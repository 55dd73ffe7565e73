/** How the printed statement writes dates, rates and account numbers (es-CO). */

/** 1268 basis points → '12,68 % E.A.' (comma as the decimal separator). */
export function formatRateEa(bps: number): string {
  return `${(bps / 100).toFixed(2).replace('.', ',')} % E.A.`;
}
