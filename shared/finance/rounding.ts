/**
 * The one rounding rule of the finance code: round half up to whole pesos
 * (x.5 goes to x + 1; towards +∞, so -2.5 becomes -2). Every figure the
 * simulators produce (interest, insurance, withholding, the installment) goes
 * through here once, at the place it is produced; sums and differences of
 * those figures are then exact integer arithmetic.
 */
export function roundCop(x: number): number {
  return Math.floor(x + 0.5);
}
