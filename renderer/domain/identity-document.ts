/**
 * Colombian identity documents a member signs in with, and the length rules
 * the keypad checks before "Continuar" (the centre stays the authority).
 * Pure data: it can move to shared/domain when the auth contract needs it.
 */
export const documentTypes = ['CC', 'CE', 'TI', 'PA'] as const;

/** CC cédula de ciudadanía, CE cédula de extranjería, TI tarjeta de identidad, PA pasaporte. */
export type DocumentType = (typeof documentTypes)[number];

export interface DocumentRule {
  readonly minDigits: number;
  readonly maxDigits: number;
}

/**
 * Passports can hold letters; the kiosk keypad types digits only for now, so
 * PA accepts a generous digit range and members with letters go to a teller.
 */
export const documentRules: Readonly<Record<DocumentType, DocumentRule>> = {
  CC: { minDigits: 3, maxDigits: 10 },
  CE: { minDigits: 3, maxDigits: 10 },
  TI: { minDigits: 10, maxDigits: 11 },
  PA: { minDigits: 3, maxDigits: 12 },
};

export function isValidDocumentNumber(type: DocumentType, number: string): boolean {
  const { minDigits, maxDigits } = documentRules[type];
  return /^\d+$/.test(number) && number.length >= minDigits && number.length <= maxDigits;
}
