/**
 * Colombian pesos (COP) as integers. Amounts never carry cents: the centre
 * rounds once, where the amount is produced, and everything after that is
 * integer arithmetic.
 */
export type Cop = number;

/** True for a whole number of pesos that integer arithmetic keeps exact. */
export function isCop(n: number): boolean {
  return Number.isSafeInteger(n);
}

/**
 * "$ 1.234.567" as es-CO writes it, without decimals; negatives as "-$ 1.234".
 * Written by hand instead of Intl.NumberFormat because ICU builds differ in the
 * space they emit (NBSP vs narrow NBSP), and receipts and tests need one answer.
 */
export function formatCop(n: Cop): string {
  if (!isCop(n)) {
    throw new RangeError('formatCop expects a safe integer number of pesos');
  }
  const digits = String(Math.abs(n));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  }
  return `${n < 0 ? '-' : ''}$ ${groups.join('.')}`;
}

/** Inverse of formatCop, for tests and for reading typed amounts; null when it is not one. */
export function parseCop(text: string): Cop | null {
  const match = /^(-?)\$ ?(\d{1,3}(?:\.\d{3})*)$/.exec(text.trim());
  if (!match?.[2]) {
    return null;
  }
  const value = Number(match[2].replace(/\./g, ''));
  if (!isCop(value)) {
    return null;
  }
  return match[1] === '-' && value !== 0 ? -value : value;
}

/** A count as es-CO groups it: 1126 → "1.126". */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  }
  return `${n < 0 ? '-' : ''}${groups.join('.')}`;
}
