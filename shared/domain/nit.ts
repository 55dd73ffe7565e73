/**
 * NIT (Número de Identificación Tributaria) check digit, DIAN's modulo-11
 * algorithm with prime weights applied from the rightmost digit.
 */
const weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71] as const;

export function nitCheckDigit(base: string): number {
  const digits = base.replace(/\D/g, '');
  if (digits.length === 0 || digits.length > weights.length) {
    throw new RangeError('NIT base must have 1 to 15 digits');
  }
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    sum += Number(digits[digits.length - 1 - i]) * (weights[i] ?? 0);
  }
  const rest = sum % 11;
  return rest > 1 ? 11 - rest : rest;
}

/** Accepts "900123456-7" or "900.123.456-7"; true when the check digit matches. */
export function isValidNit(nit: string): boolean {
  const match = /^(\d{1,3}(?:\.?\d{3})*)-(\d)$/.exec(nit.trim());
  if (!match?.[1] || match[2] === undefined) {
    return false;
  }
  const base = match[1].replace(/\./g, '');
  return base.length <= weights.length && nitCheckDigit(base) === Number(match[2]);
}
