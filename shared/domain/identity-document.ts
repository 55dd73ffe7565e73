/**
 * Colombian identity documents (tipos de documento) and the shape of their
 * numbers, declared once for the keypad, the bridge and the centre.
 * CC cédula de ciudadanía, CE cédula de extranjería, TI tarjeta de identidad,
 * PA pasaporte.
 */
export const documentTypes = ['CC', 'CE', 'TI', 'PA'] as const;
export type DocumentType = (typeof documentTypes)[number];

export interface DocumentRule {
  readonly minLength: number;
  readonly maxLength: number;
  /** Digits only, or letters and digits (passports). */
  readonly alphanumeric: boolean;
}

export const documentRules: Readonly<Record<DocumentType, DocumentRule>> = {
  CC: { minLength: 3, maxLength: 10, alphanumeric: false },
  CE: { minLength: 3, maxLength: 10, alphanumeric: false },
  TI: { minLength: 10, maxLength: 11, alphanumeric: false },
  PA: { minLength: 5, maxLength: 16, alphanumeric: true },
};

/** The longest number any document type allows (input fields cap at it). */
export const maxDocumentLength = Math.max(...Object.values(documentRules).map((r) => r.maxLength));

export function isValidDocumentNumber(type: DocumentType, number: string): boolean {
  const { minLength, maxLength, alphanumeric } = documentRules[type];
  const charset = alphanumeric ? /^[A-Za-z0-9]+$/ : /^\d+$/;
  return charset.test(number) && number.length >= minLength && number.length <= maxLength;
}
